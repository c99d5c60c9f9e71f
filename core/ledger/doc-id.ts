// A search document's id: days later in time get larger ids, and within a day the print order
// counts down, so `ORDER BY id DESC` lists the newest issue first and each issue in print order.
// FTS5 reads its index in that order and stops after a page: a search costs the same over one
// issue or ten years.

/** The most articles one issue may hold. */
export const MAX_ARTICLES = 128

const DAY_MS = 86_400_000

export function docId(date: string, index: number): number {
  const day = Date.parse(`${date}T00:00:00Z`) / DAY_MS
  return day * MAX_ARTICLES + (MAX_ARTICLES - 1 - index)
}
