// The reader's worker: Hono routes every request (pages and their data from KV, search and the
// month sitemaps from D1); the cron trigger makes scheduled issues live.
import { Hono } from 'hono'
import { cache } from 'hono/cache'
import { api } from './api'
import { archive } from './archive'
import { answerError, refuse } from './errors'
import { feeds } from './feeds'
import { mainScript } from './html/assets'
import { refuseOddRequests } from './http/odd-requests'
import { preconditions } from './http/preconditions'
import { pages } from './pages'
import { photos } from './photos'
import { preview } from './preview'
import { prints } from './prints'
import { queue } from './push/consumer'
import { push } from './push/subscriptions'
import { scheduled } from './scheduled'
import { searchPage } from './search'
import { withSecurityHeaders } from './security'
import { styles } from './styles'

const app = new Hono<{ Bindings: Cloudflare.Env }>()

app.use(withSecurityHeaders)
app.use(refuseOddRequests)
app.use(preconditions)

// Rendered pages and feeds are kept at the edge briefly (s-maxage of worker/http/freshness.ts), so a
// hot page costs no KV read. The key names the browser build, so a deploy never serves pages that
// point at the previous build's files.
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
app.use('/news', edgeCache)
app.use('/news/*', edgeCache)
app.use('/archive', edgeCache)
app.use('/archive/*', edgeCache)
// The feed and the sitemaps at the root (hono's '/*.xml' would match none of them).
app.use('/:file{[^/]+\\.xml}', edgeCache)
app.use('/sitemaps/*', edgeCache)

app.route('/api/push', push)
app.route('/api', api)
app.route('/photos', photos)
app.route('/prints', prints)
app.route('/css', styles)
app.route('/preview', preview)
app.route('/', feeds)
app.route('/', archive)
app.route('/', searchPage)
app.route('/', pages)

app.notFound((c) => refuse(c, 404))
app.onError(answerError)

export default { fetch: app.fetch, scheduled, queue } satisfies ExportedHandler<Cloudflare.Env>
export { app }
