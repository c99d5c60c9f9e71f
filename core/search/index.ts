// Search over the issues kept on the phone: an inverted index of tokens built in the browser from
// the kept editions, with the same terms, matching and marks as the archive's search on the
// server (terms.ts). Pure TypeScript with no Node or DOM APIs.
import { byRank } from './rank'
import { hitOf, type SearchDoc, type SearchHit, scoreOf, termsOf, titleHoldsAll } from './terms'
import { normalize, requiredTokens, tokenize } from './tokenize'

export type { Mark } from './highlight'
export type { SearchDoc, SearchHit } from './terms'
export { normalize, tokenize }

export interface SearchIndex {
  docs: SearchDoc[]
  /** token → ascending indexes into docs */
  postings: Record<string, number[]>
}

/** Postings hold doc indexes only (no positions): the substring check does the rest. */
export function buildIndex(docs: SearchDoc[]): SearchIndex {
  // No prototype: a word like "constructor" must get its own list, not Object.prototype's.
  const postings: Record<string, number[]> = Object.create(null)
  const kept = docs.map(({ date, id, title, page, text, thumb }) => ({
    date,
    id,
    title,
    page,
    text,
    ...(thumb ? { thumb } : {}),
  }))
  kept.forEach((doc, i) => {
    for (const token of new Set([...tokenize(doc.title), ...tokenize(doc.text)])) {
      const list = postings[token]
      if (list) list.push(i)
      else postings[token] = [i]
    }
  })
  return { docs: kept, postings }
}

function intersect(a: number[], b: number[]): number[] {
  const out: number[] = []
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    if (a[i]! < b[j]!) i++
    else if (a[i]! > b[j]!) j++
    else {
      out.push(a[i]!)
      i++
      j++
    }
  }
  return out
}

/**
 * Docs that hold every token the terms are sure to need. Single Han chars (and Latin/digit words
 * that may be part of a longer word) are not indexed as such inside longer runs, so they add no
 * constraint here and the substring check scans whatever the other terms leave; a query made only
 * of them scans every doc. That is simpler than also indexing every Han char as a unigram, and
 * keeps the index small; the scan is a plain `includes` over cached normalized text.
 */
function candidates(index: SearchIndex, terms: string[]): Iterable<number> {
  const tokens = [...new Set(terms.flatMap(requiredTokens))]
  if (tokens.length === 0) return index.docs.keys()
  const lists = tokens
    .map((t) => (Object.hasOwn(index.postings, t) ? (index.postings[t] ?? []) : []))
    .sort((a, b) => a.length - b.length)
  return lists.slice(1).reduce(intersect, lists[0] ?? [])
}

/**
 * Normalized title and text per doc, made lazily once per index object: NFKC over a whole
 * corpus costs tens of milliseconds, so callers should keep the parsed index between requests.
 * An index is treated as immutable once searched.
 */
const folded = new WeakMap<SearchIndex, ({ title: string; text: string } | undefined)[]>()

function foldedDoc(index: SearchIndex, i: number, doc: SearchDoc): { title: string; text: string } {
  let cache = folded.get(index)
  if (!cache) {
    cache = []
    folded.set(index, cache)
  }
  const made = cache[i] ?? { title: normalize(doc.title), text: normalize(doc.text) }
  cache[i] = made
  return made
}

/**
 * Docs holding every whitespace-separated term of `query` (terms.ts), in the server's order
 * (rank.ts): those with every term in their title first, then the rest; each newest issue first,
 * then by score. Each issue's docs are in print order in `docs` (docsOf), so a doc's place there
 * is its print order.
 */
export function search(index: SearchIndex, query: string, limit = 20): SearchHit[] {
  const terms = termsOf(query)
  const max = Math.floor(limit)
  if (terms.length === 0 || !(max > 0)) return []
  const found: { doc: SearchDoc; inTitle: boolean; date: string; score: number; order: number }[] = []
  for (const i of candidates(index, terms)) {
    const doc = index.docs[i]
    if (!doc) continue
    const folded = foldedDoc(index, i, doc)
    const score = scoreOf(folded, terms)
    const inTitle = titleHoldsAll(folded.title, terms)
    if (score !== undefined) found.push({ doc, inTitle, date: doc.date, score, order: i })
  }
  found.sort(byRank)
  return found.slice(0, max).map(({ doc, score }) => hitOf(doc, terms, score))
}
