// The site's public address. Production names it (wrangler.toml [env.production.vars] SITE_URL), so
// a request that reached the Worker another way still gets the site's canonical URLs; local work
// sets none, so pages, the feed and the sitemaps name the address actually served, on any port.
import type { Context } from 'hono'

type WithEnv = Context<{ Bindings: Cloudflare.Env }>

/** The origin canonical URLs, the feed and the sitemaps are built on, without a trailing slash. */
export const siteOrigin = (c: WithEnv): string => new URL(c.env.SITE_URL || c.req.url).origin

/** The page's public address: the site's origin and the path asked for. */
export const pageUrl = (c: WithEnv): URL => new URL(c.req.path, siteOrigin(c))
