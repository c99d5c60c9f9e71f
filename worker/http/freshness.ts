// How long each kind of answer may be kept, and where: the one table behind "a new issue is seen
// within a minute". Nothing that changes with a publish is kept longer than KEPT_SECONDS by the
// browser, the edge and any stale-while-revalidate together, which leaves the rest of the minute to
// KV carrying a write to every location. Only what is named by its content is kept for good.

/** The longest anything that changes with a publish is kept, anywhere. */
export const KEPT_SECONDS = 30

/**
 * Pages, feeds and sitemaps: the browser asks again every time (a 304 when its ETag still
 * matches); the edge (the Workers Cache API, worker/index.ts) keeps them KEPT_SECONDS. No
 * stale-while-revalidate: a browser or miniflare's cache would add it to the window.
 */
export const RENDERED = `public, max-age=0, s-maxage=${KEPT_SECONDS}`

/**
 * JSON for the client: not kept at the edge; the browser keeps it KEPT_SECONDS, so the service
 * worker's request for the issue right after the page's is answered from the browser's cache.
 */
export const DATA = `public, max-age=${KEPT_SECONDS}`

/** Named by a hash of its content (a photo's rendition, an edition's version): never changes. */
export const IMMUTABLE = 'public, max-age=31536000, immutable'

/** robots.txt names only the site's address. */
export const DAILY = 'public, max-age=86400'

/**
 * An error answer. A bad or missing address is kept as briefly as a page; one that depends on the
 * request's method or headers (405, 412), or on storage (5xx), is never kept.
 */
export function errorCaching(status: number): string {
  return status >= 500 || status === 405 || status === 412 ? 'no-store' : DATA
}
