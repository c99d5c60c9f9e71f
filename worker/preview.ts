// The newsroom's private preview: an issue or a correction uploaded but not yet live, rendered by
// the same views readers will get, under /preview/<token>/issues/<date>[…]. The token
// (core/preview-token.ts) names the version to show and when the link expires; anything else
// answers the site's 404 page. Nothing here is kept by any cache, nor indexed by search engines.
import { type Context, Hono, type MiddlewareHandler } from 'hono'
import type { Edition } from '../core/model'
import { verifyPreview } from '../core/preview-token'
import { isDate, isPageParam, isSlug } from '../core/rules'
import type { EditionView } from '../core/ui/view'
import { readIssueVersion } from './kv'
import { type Env, errorView, renderView } from './render'

/** Neither the browser, the edge nor a shared cache keeps a preview or its refusal. */
const PREVIEW_CACHING = 'private, no-store'

const noStore: MiddlewareHandler = async (c, next) => {
  await next()
  c.res.headers.set('Cache-Control', PREVIEW_CACHING)
  c.res.headers.set('X-Robots-Tag', 'noindex')
}

/** The token checked, then the version it names read from KV's immutable key; anything amiss is 404. */
async function withPreview(c: Context<Env>, use: (e: Edition, prefix: string) => Response): Promise<Response> {
  const token = c.req.param('token') ?? ''
  const date = c.req.param('date') ?? ''
  if (!isDate(date)) return errorView(c, 404)
  const preview = await verifyPreview(c.env.PREVIEW_SECRET ?? '', token, Date.now())
  if (!preview || preview.date !== date) return errorView(c, 404)
  const read = await readIssueVersion(c.env.KV, date, preview.version)
  return read.ok && read.value ? use(read.value, `/preview/${token}`) : errorView(c, 404)
}

/**
 * The page as readers will see it, marked noindex, with its links into the same issue kept
 * inside the preview (the public addresses answer 404 until it goes live).
 */
function previewView(c: Context<Env>, view: EditionView, prefix: string): Response {
  const own = `/issues/${view.edition.issue.date}`
  // Rendered as the public page is (its caching replaced by noStore).
  const page = renderView(c, view)
  return new HTMLRewriter()
    .on('head', {
      element: (e) => void e.append('<meta name="robots" content="noindex">', { html: true }),
    })
    .on('a[href]', {
      element: (e) => {
        const href = e.getAttribute('href') ?? ''
        if (href === own || href.startsWith(`${own}/`)) e.setAttribute('href', `${prefix}${href}`)
      },
    })
    .transform(page)
}

export const preview = new Hono<Env>()

preview.use('*', noStore)

preview.get('/:token/issues/:date', (c) =>
  withPreview(c, (edition, prefix) => previewView(c, { kind: 'front', edition, latest: false }, prefix)),
)

preview.get('/:token/issues/:date/pages/:n', (c) =>
  withPreview(c, (edition, prefix) => {
    const n = c.req.param('n')
    const page = isPageParam(n) ? edition.issue.pages.find((p) => p.number === Number(n)) : undefined
    return page ? previewView(c, { kind: 'page', edition, page }, prefix) : errorView(c, 404)
  }),
)

preview.get('/:token/issues/:date/:slug', (c) =>
  withPreview(c, (edition, prefix) => {
    const slug = c.req.param('slug')
    const article = isSlug(slug) ? edition.articles.find((a) => a.id === slug) : undefined
    return article ? previewView(c, { kind: 'article', edition, article }, prefix) : errorView(c, 404)
  }),
)

preview.all('*', (c) => errorView(c, 404))
