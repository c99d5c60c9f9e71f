// Rules every runtime applies the same way: the publisher when it accepts content, the worker
// when it accepts a URL, the browser when it searches offline.

/** An issue date: YYYY-MM-DD. */
export const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/

/** A YYYY-MM-DD that names a real calendar day (2024-02-30 does not). */
export function isDate(s: string): boolean {
  const m = DATE_PATTERN.exec(s)
  if (!m) return false
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])))
  return d.toISOString().slice(0, 10) === s
}

/** An article id, which is also its file name and the last part of its URL. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
export const SLUG_MAX = 80
export const isSlug = (s: string) => s.length <= SLUG_MAX && SLUG_PATTERN.test(s)

/** 版面 are numbered 1 to 99, as print does (01版 … 99版). */
export const PAGE_MAX = 99
export const isPageNumber = (n: number) => Number.isInteger(n) && n >= 1 && n <= PAGE_MAX
/** A 版面 number as it appears in a URL: no sign, no leading zero. */
export const isPageParam = (s: string) => /^[1-9]\d*$/.test(s) && isPageNumber(Number(s))

/** Search queries are cut to this many characters, on the server and offline alike. */
export const QUERY_MAX = 64

/** The only links an article may hold: http, https and mailto. */
export const SAFE_LINK = /^(https?:\/\/|mailto:)/i

/** A month of the archive: YYYY-MM. */
export const isMonth = (s: string) => /^\d{4}-(0[1-9]|1[0-2])$/.test(s)
