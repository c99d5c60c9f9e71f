// Full-text search over the articles: an inverted index of tokens built once at publish time
// (stored as one JSON value), queried per request in workerd and later in the browser. Pure
// TypeScript with no Node or DOM APIs, so all three runtimes share it.
import { snippetMarks, titleMarks } from './highlight'
import { normalize, requiredTokens, tokenize } from './tokenize'

export { normalize, tokenize }

/** One searchable article. */
export interface SearchDoc {
  date: string // issue date, YYYY-MM-DD
  id: string // article slug
  title: string // headline (may contain U+3000 ideographic space between phrases)
  page: string // 版面 name, e.g. 要闻
  text: string // plain body text, paragraphs joined with "\n"
}

export interface SearchIndex {
  docs: SearchDoc[]
  /** token → ascending indexes into docs */
  postings: Record<string, number[]>
}

/** A run of snippet or title text; hit = part of a query match (rendered highlighted). */
export interface Mark {
  text: string
  hit: boolean
}

export interface SearchHit {
  date: string
  id: string
  page: string
  title: Mark[]
  snippet: Mark[]
  score: number
}

const MAX_QUERY = 64

/** Postings hold doc indexes only (no positions) so the index stays small enough for one KV value. */
export function buildIndex(docs: SearchDoc[]): SearchIndex {
  // No prototype: a word like "constructor" must get its own list, not Object.prototype's.
  const postings: Record<string, number[]> = Object.create(null)
  const kept = docs.map(({ date, id, title, page, text }) => ({ date, id, title, page, text }))
  kept.forEach((doc, i) => {
    for (const token of new Set([...tokenize(doc.title), ...tokenize(doc.text)])) {
      const list = postings[token]
      if (list) list.push(i)
      else postings[token] = [i]
    }
  })
  return { docs: kept, postings }
}

/** Normalized, unique query terms; terms with no token at all (lone punctuation) are dropped. */
function termsOf(query: string): string[] {
  const cap = (s: string) => Array.from(s).slice(0, MAX_QUERY).join('')
  const terms = cap(normalize(cap(query)))
    .split(/\s+/u)
    .filter((t) => tokenize(t).length > 0)
  return [...new Set(terms)]
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

function occurrences(text: string, term: string): number {
  let n = 0
  for (let i = text.indexOf(term); i !== -1; i = text.indexOf(term, i + term.length)) n++
  return n
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)

/**
 * Docs holding every whitespace-separated term of `query` as a normalized substring of the title
 * or the text (bigrams alone would accept 株洲 … 日报 apart for 株洲日报). Ranked by terms found in
 * the title, then occurrences in the text, then newer date, then id.
 */
export function search(index: SearchIndex, query: string, limit = 20): SearchHit[] {
  const terms = typeof query === 'string' ? termsOf(query) : []
  const max = Math.floor(limit)
  if (terms.length === 0 || !(max > 0)) return []
  const found: { doc: SearchDoc; score: number }[] = []
  for (const i of candidates(index, terms)) {
    const doc = index.docs[i]
    if (!doc) continue
    const { title, text } = foldedDoc(index, i, doc)
    let inTitle = 0
    let inText = 0
    const every = terms.every((term) => {
      const t = title.includes(term)
      const n = occurrences(text, term)
      inTitle += t ? 1 : 0
      inText += n
      return t || n > 0
    })
    // Title terms dominate; text occurrences are capped so they can never outweigh one.
    if (every) found.push({ doc, score: inTitle * 1000 + Math.min(inText, 999) })
  }
  found.sort((a, b) => b.score - a.score || compare(b.doc.date, a.doc.date) || compare(a.doc.id, b.doc.id))
  return found.slice(0, max).map(({ doc, score }) => ({
    date: doc.date,
    id: doc.id,
    page: doc.page,
    title: titleMarks(doc.title, terms),
    snippet: snippetMarks(doc.text, terms),
    score,
  }))
}
