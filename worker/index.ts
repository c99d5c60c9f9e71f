// The reader's worker: Hono routes every request (pages and their data from KV, search and the
// month sitemaps from D1); the cron trigger makes scheduled issues live.
import { Hono } from 'hono'
import { cache } from 'hono/cache'
import { etag } from 'hono/etag'
import { api } from './api'
import { archive } from './archive'
import { answerError } from './errors'
import { feeds } from './feeds'
import { mainScript } from './html/assets'
import { pages } from './pages'
import { photos } from './photos'
import { errorView } from './render'
import { scheduled } from './scheduled'
import { searchPage } from './search'
import { withSecurityHeaders } from './security'

const app = new Hono<{ Bindings: Cloudflare.Env }>()
const MAX_URL = 2048

app.use(withSecurityHeaders)
app.use(etag())

// Odd URLs stop here with a 4xx: overlong, undecodable, or reaching outside the path.
app.use(async (c, next) => {
  if (c.req.url.length > MAX_URL) return c.text('网址太长。', 414)
  let path: string
  try {
    path = decodeURIComponent(new URL(c.req.url).pathname)
  } catch {
    return errorView(c, 400)
  }
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters in a path are what this refuses
  if (/\.\.|\\|\/\/|[\u0000-\u001f\u007f]/.test(path)) return errorView(c, 400)
  return next()
})

// Rendered pages and feeds are kept at the edge briefly, so a hot page costs no KV read. The key
// names the browser build, so a deploy never serves pages that point at the previous build's files.
const edgeCache = cache({
  cacheName: 'pages',
  wait: false,
  onCacheNotAvailable: false,
  keyGenerator: (c) => `${c.req.url}#${mainScript ?? ''}`,
  // An article asked for with Save-Data holds its photos back (worker/pages.tsx).
  vary: ['Save-Data'],
})
app.use('/', edgeCache)
app.use('/issues/*', edgeCache)
app.use('/archive', edgeCache)
app.use('/archive/*', edgeCache)
app.use('/*.xml', edgeCache)
app.use('/sitemaps/*', edgeCache)

app.route('/api', api)
app.route('/photos', photos)
app.route('/', feeds)
app.route('/', archive)
app.route('/', searchPage)
app.route('/', pages)

app.notFound((c) => errorView(c, 404))
app.onError(answerError)

export default { fetch: app.fetch, scheduled } satisfies ExportedHandler<Cloudflare.Env>
export { app }
