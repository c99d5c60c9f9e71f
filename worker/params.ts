// Route parameters are checked strictly before they go near a KV key.
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/** A YYYY-MM-DD that names a real day (2024-02-30 does not). */
export function isDate(s: string): boolean {
  const m = DATE.exec(s)
  if (!m) return false
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])))
  return d.toISOString().slice(0, 10) === s
}

export const isSlug = (s: string) => s.length <= 80 && SLUG.test(s)
export const isPageNumber = (s: string) => /^[1-9]\d?$/.test(s)
