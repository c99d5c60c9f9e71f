// The order of search results, the same on the server and on the phone: first every article whose
// title holds every term, then the rest; within each, the newest issue first; within an issue,
// the articles with more terms in their title, then more occurrences in their text (scoreOf,
// terms.ts), then in print order. A reader who types a headline's words expects that story on
// top, however old, and titles are short: the server finds title matches in an index of titles
// alone (worker/d1.ts), a page at a time. Within each group the order stays by issue: an order by
// score alone would have the server score every article holding 就业 (most of the archive)
// before showing one page, where by issue it reads one page of the index at most twice.

export interface Ranked {
  /** The title holds every term. */
  inTitle: boolean
  date: string
  score: number
  /** Print order within the issue: smaller first. */
  order: number
}

export function byRank(a: Ranked, b: Ranked): number {
  if (a.inTitle !== b.inTitle) return a.inTitle ? -1 : 1
  if (a.date !== b.date) return a.date < b.date ? 1 : -1
  return b.score - a.score || a.order - b.order
}
