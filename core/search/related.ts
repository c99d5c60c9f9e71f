// 相关阅读: for each article of an issue, up to three other articles it shares salient terms with,
// from that issue and the 30 days before it. Never a later day, so what a published article lists
// never changes; chosen at publish (publish/related.ts) and kept in the article's JSON, so the
// phone's offline pages list the same. Salient terms: the editors' tags, and the title's bigrams
// and words (core/search/tokenize.ts); each weighted by how rare it is in the window (IDF), so a
// word in every other headline (株洲) counts for little.
import type { Photo, RelatedArticle } from '../model'
import { normalize, tokenize } from './tokenize'

/** How far back 相关阅读 looks, in days before the article's own. */
export const RELATED_DAYS = 30
export const RELATED_MAX = 3
/** A shared tag says more than a shared bigram of the headlines. */
const TAG_WEIGHT = 2

/** An article as 相关阅读 weighs it. */
export interface RelatedDoc {
  date: string
  id: string
  title: string
  tags: string[]
  /** Print order within its issue: smaller first. */
  order: number
  thumb?: Photo | undefined
}

const DAY_MS = 86_400_000

/** The first day an issue of `date` draws its 相关阅读 from. */
export const windowStart = (date: string): string =>
  new Date(Date.parse(`${date}T00:00:00Z`) - RELATED_DAYS * DAY_MS).toISOString().slice(0, 10)

const TAG = '#'

/** Tags whole (marked apart from title words), and the title's tokens longer than a character. */
function keysOf(doc: RelatedDoc): string[] {
  const keys = new Set<string>()
  for (const tag of doc.tags) {
    const t = normalize(tag).trim()
    if (t) keys.add(TAG + t)
  }
  for (const token of tokenize(doc.title)) if (Array.from(token).length > 1) keys.add(token)
  return [...keys]
}

/**
 * Each article of the issue of `date` (in `docs`) → its 相关阅读, for those that have any. `docs`
 * may hold any days: only the window's count. Another article is related when it shares a tag or
 * at least two title terms; the best first by the shared terms' summed weight, then the newer,
 * then in print order.
 */
export function relatedFor(date: string, docs: RelatedDoc[]): Map<string, RelatedArticle[]> {
  const from = windowStart(date)
  const window = docs.filter((d) => d.date >= from && d.date <= date)
  const keys = window.map(keysOf)
  const postings = new Map<string, number[]>()
  keys.forEach((own, i) => {
    for (const key of own) {
      const list = postings.get(key)
      if (list) list.push(i)
      else postings.set(key, [i])
    }
  })
  const weight = (key: string) =>
    (key.startsWith(TAG) ? TAG_WEIGHT : 1) * Math.log((window.length + 1) / postings.get(key)!.length)
  const related = new Map<string, RelatedArticle[]>()
  window.forEach((doc, i) => {
    if (doc.date !== date) return
    const shared = new Map<number, { score: number; tags: number; terms: number }>()
    for (const key of keys[i]!) {
      for (const j of postings.get(key)!) {
        if (j === i) continue
        const s = shared.get(j) ?? { score: 0, tags: 0, terms: 0 }
        s.score += weight(key)
        if (key.startsWith(TAG)) s.tags++
        else s.terms++
        shared.set(j, s)
      }
    }
    const best = [...shared]
      .filter(([, s]) => s.tags > 0 || s.terms > 1)
      .map(([j, s]) => ({ other: window[j]!, score: s.score }))
      .sort(
        (a, b) =>
          b.score - a.score ||
          (a.other.date === b.other.date ? a.other.order - b.other.order : a.other.date < b.other.date ? 1 : -1),
      )
      .slice(0, RELATED_MAX)
    if (best.length > 0)
      related.set(
        doc.id,
        best.map(({ other }) => linkTo(other)),
      )
  })
  return related
}

function linkTo({ date, id, title, thumb }: RelatedDoc): RelatedArticle {
  return thumb ? { date, id, title, thumb } : { date, id, title }
}
