// The order of search results, the same on the server and on the phone: the newest issue first;
// within an issue, the articles with more terms in their title, then more occurrences in their
// text (scoreOf, terms.ts), then in print order. A global order by score alone would rank an
// article of ten years ago above today's: the server would have to score every article holding
// 就业 (most of the archive) before showing one page, where by issue it reads one page of the
// index at most twice (worker/d1.ts).

export interface Ranked {
  date: string
  score: number
  /** Print order within the issue: smaller first. */
  order: number
}

export function byRank(a: Ranked, b: Ranked): number {
  if (a.date !== b.date) return a.date < b.date ? 1 : -1
  return b.score - a.score || a.order - b.order
}
