// What a query asks for, and whether a document answers it: the same on the server (over the
// archive in D1) and on the phone (over the issues it keeps). A document answers when every
// whitespace-separated term is a normalized substring of its title or text; bigrams alone would
// accept 株洲 … 日报 apart for 株洲日报.
import type { Photo } from '../model'
import { QUERY_MAX } from '../rules'
import { type Mark, snippetMarks, titleMarks } from './highlight'
import { normalize, tokenize } from './tokenize'

/** One searchable article. */
export interface SearchDoc {
  date: string // issue date, YYYY-MM-DD
  id: string // article slug
  title: string // headline (may contain U+3000 ideographic space between phrases)
  page: string // 版面 name, e.g. 要闻
  text: string // plain body text, paragraphs joined with "\n"
  thumb?: Photo | undefined // the article's lead photo
}

export interface SearchHit {
  date: string
  id: string
  page: string
  title: Mark[]
  snippet: Mark[]
  score: number
  /** The article's lead photo, shown small beside the result. */
  thumb?: Photo | undefined
}

/** Normalized, unique query terms; terms with no token at all (lone punctuation) are dropped. */
export function termsOf(query: unknown): string[] {
  if (typeof query !== 'string') return []
  const cap = (s: string) => Array.from(s).slice(0, QUERY_MAX).join('')
  const terms = cap(normalize(cap(query)))
    .split(/\s+/u)
    .filter((t) => tokenize(t).length > 0)
  return [...new Set(terms)]
}

function occurrences(text: string, term: string): number {
  let n = 0
  for (let i = text.indexOf(term); i !== -1; i = text.indexOf(term, i + term.length)) n++
  return n
}

/**
 * How well a document answers the terms, given its normalized title and text: undefined if it
 * misses one; otherwise terms found in the title dominate, then occurrences in the text (capped,
 * so they can never outweigh a title term).
 */
export function scoreOf(folded: { title: string; text: string }, terms: string[]): number | undefined {
  let inTitle = 0
  let inText = 0
  for (const term of terms) {
    const t = folded.title.includes(term)
    const n = occurrences(folded.text, term)
    if (!t && n === 0) return undefined
    inTitle += t ? 1 : 0
    inText += n
  }
  return inTitle * 1000 + Math.min(inText, 999)
}

/** The normalized title holds every term: such a result ranks above every other (rank.ts). */
export const titleHoldsAll = (foldedTitle: string, terms: string[]): boolean =>
  terms.every((term) => foldedTitle.includes(term))

/** A document that answers, as the reader sees it: the title and a snippet with the hits marked. */
export function hitOf(doc: SearchDoc, terms: string[], score: number): SearchHit {
  return {
    date: doc.date,
    id: doc.id,
    page: doc.page,
    title: titleMarks(doc.title, terms),
    snippet: snippetMarks(doc.text, terms),
    score,
    ...(doc.thumb ? { thumb: doc.thumb } : {}),
  }
}
