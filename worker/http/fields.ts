// The request fields of RFC 9110 §13 as values: entity-tag lists and HTTP-dates. A field that does
// not follow the grammar is undefined, so the precondition it carries is ignored.

export interface EntityTag {
  weak: boolean
  /** The opaque tag, quotes included. */
  opaque: string
}

/** `*`, or the entity-tags of a list (§8.8.3, §5.6.1); undefined when the field is malformed. */
export function parseEntityTags(value: string): '*' | EntityTag[] | undefined {
  if (value.trim() === '*') return '*'
  const tags: EntityTag[] = []
  // Empty list elements are allowed and skipped (§5.6.1.2).
  for (const element of value.split(',')) {
    const item = element.trim()
    if (item === '') continue
    const tag = parseEntityTag(item)
    if (!tag) return undefined
    tags.push(tag)
  }
  return tags.length > 0 ? tags : undefined
}

/** One entity-tag: an optional `W/`, then a quoted string of etagc (no quote, no space, no control). */
export function parseEntityTag(value: string): EntityTag | undefined {
  const m = /^(W\/)?("[\x21\x23-\x7e\x80-\xff]*")$/.exec(value)
  return m ? { weak: m[1] !== undefined, opaque: m[2]! } : undefined
}

/** §8.8.3.2: both strong and the same. */
export const strongMatch = (a: EntityTag, b: EntityTag) => !a.weak && !b.weak && a.opaque === b.opaque
/** §8.8.3.2: the same, weak or not. */
export const weakMatch = (a: EntityTag, b: EntityTag) => a.opaque === b.opaque

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
const DAY = '(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)'
const LONG_DAY = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)'
const MONTH = `(?<month>${MONTHS.join('|')})`
const TIME = '(?<hour>\\d{2}):(?<minute>\\d{2}):(?<second>\\d{2})'
/** The three forms a recipient must accept (§5.6.7): IMF-fixdate, RFC 850 and asctime. */
const FORMS = [
  new RegExp(`^${DAY}, (?<day>\\d{2}) ${MONTH} (?<year>\\d{4}) ${TIME} GMT$`),
  new RegExp(`^${LONG_DAY}, (?<day>\\d{2})-${MONTH}-(?<year>\\d{2}) ${TIME} GMT$`),
  new RegExp(`^${DAY} ${MONTH} (?<day>[ \\d]\\d) ${TIME} (?<year>\\d{4})$`),
]

/** An HTTP-date as seconds since 1970; undefined when it is not one (a list of dates is not one). */
export function parseHttpDate(value: string): number | undefined {
  const v = value.trim()
  const g = FORMS.map((form) => form.exec(v)?.groups).find((groups) => groups !== undefined)
  if (!g) return undefined
  const [day, hour, minute, second] = [g.day, g.hour, g.minute, g.second].map(Number) as [
    number,
    number,
    number,
    number,
  ]
  const year = g.year!.length === 2 ? twoDigitYear(Number(g.year)) : Number(g.year)
  const date = new Date(0)
  date.setUTCFullYear(year, MONTHS.indexOf(g.month!), day)
  date.setUTCHours(hour, minute, second)
  // 31 Feb or 25:00 would roll over into another instant: not a date at all.
  const same = date.getUTCDate() === day && date.getUTCHours() === hour && date.getUTCMinutes() === minute
  return same && date.getUTCSeconds() === second ? date.getTime() / 1000 : undefined
}

/** §5.6.7: a two-digit year more than 50 years ahead is in the past century. */
function twoDigitYear(yy: number): number {
  const now = new Date().getUTCFullYear()
  const year = Math.floor(now / 100) * 100 + yy
  return year > now + 50 ? year - 100 : year
}

/** An instant as an IMF-fixdate, to the second (Last-Modified). */
export const httpDate = (date: Date) => date.toUTCString()
