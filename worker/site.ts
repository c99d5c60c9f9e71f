// The site's public address. Production names it (wrangler.toml [env.production.vars] SITE_URL), so
// a request that reached the Worker another way still gets the site's canonical URLs; local work
// sets none, so pages, the feed and the sitemaps name the address actually served, on any port.
import type { Context } from 'hono'

type WithEnv = Context<{ Bindings: Cloudflare.Env }>

/** The origin canonical URLs, the feed and the sitemaps are built on, without a trailing slash. */
export const siteOrigin = (c: WithEnv): string => new URL(c.env.SITE_URL || c.req.url).origin

/**
 * The page's public address: the site's origin and the path asked for. The path is appended, not
 * resolved against the origin: resolved, "//host/x" or "/\\" would name another host or no URL at
 * all, and the error page for such a path must still render.
 */
export function pageUrl(c: WithEnv): URL {
  const origin = siteOrigin(c)
  return URL.canParse(`${origin}${c.req.path}`) ? new URL(`${origin}${c.req.path}`) : new URL(origin)
}
