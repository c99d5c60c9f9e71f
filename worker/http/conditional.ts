// Conditional requests (RFC 9110 §13): whether a request's preconditions let it proceed, and the
// 304 that answers one that need not. Evaluated only where the answer without them would be a 2xx
// (§13.2.1), against the validators that answer carries.
import { type EntityTag, parseEntityTag, parseEntityTags, parseHttpDate, strongMatch, weakMatch } from './fields'

/** The validators of the selected representation, as its answer sends them (ETag, Last-Modified). */
export interface Validators {
  etag?: string | null
  lastModified?: string | null
}

/** Go on and answer; or Not Modified; or Precondition Failed. */
export type Verdict = 'proceed' | 304 | 412

const PRECONDITIONS = ['if-match', 'if-none-match', 'if-modified-since', 'if-unmodified-since']

/** Whether the request carries any precondition at all. */
export const hasPreconditions = (headers: Headers) => PRECONDITIONS.some((name) => headers.has(name))

/** A field's parsed value; undefined when absent or malformed, which §13 says to ignore. */
function field<T>(headers: Headers, name: string, parse: (value: string) => T | undefined): T | undefined {
  const value = headers.get(name)
  return value === null ? undefined : parse(value)
}

/** `*` matches any current representation (there is one: the answer was a 2xx); a list, any of its tags. */
function matches(condition: '*' | EntityTag[], etag: EntityTag | undefined, same: typeof strongMatch): boolean {
  if (condition === '*') return true
  return etag !== undefined && condition.some((tag) => same(tag, etag))
}

/** §13.2.2, steps 1 to 4, in that order. Range (step 5) is not served. */
export function evaluate(method: string, headers: Headers, validators: Validators): Verdict {
  const etag = validators.etag ? parseEntityTag(validators.etag) : undefined
  const modified = validators.lastModified ? parseHttpDate(validators.lastModified) : undefined
  const readOnly = method === 'GET' || method === 'HEAD'

  const ifMatch = field(headers, 'if-match', parseEntityTags)
  if (ifMatch !== undefined) {
    if (!matches(ifMatch, etag, strongMatch)) return 412
  } else {
    // Only without If-Match; and only a representation with a modification date can fail it.
    const since = field(headers, 'if-unmodified-since', parseHttpDate)
    if (since !== undefined && modified !== undefined && modified > since) return 412
  }

  const ifNoneMatch = field(headers, 'if-none-match', parseEntityTags)
  if (ifNoneMatch !== undefined) {
    if (matches(ifNoneMatch, etag, weakMatch)) return readOnly ? 304 : 412
  } else if (readOnly) {
    const since = field(headers, 'if-modified-since', parseHttpDate)
    if (since !== undefined && modified !== undefined && modified <= since) return 304
  }
  return 'proceed'
}

/** §15.4.5: what a 200 would have said about caching and the representation, and no body. */
const KEPT_IN_304 = ['cache-control', 'content-location', 'date', 'etag', 'expires', 'last-modified', 'vary']

export function notModified(headers: Headers): Response {
  const kept = new Headers()
  for (const name of KEPT_IN_304) {
    const value = headers.get(name)
    if (value !== null) kept.set(name, value)
  }
  return new Response(null, { status: 304, headers: kept })
}
