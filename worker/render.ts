// A view as the worker answers it: the whole document, with its cache rules and status.
import type { Context } from 'hono'
import { paper } from '../core/paper'
import { renderPage } from '../core/render/page'
import type { ErrorStatus, View } from '../core/ui/view'
import { mainScript } from './html/assets'
import { pageUrl } from './site'

export type Env = { Bindings: Cloudflare.Env }

const MESSAGES = {
  400: '这个网址的格式不对，请检查日期或文章地址。',
  404: '没有找到这个页面，它可能不存在或已被撤下。',
  500: '这个页面出了错，我们已经记下，会尽快修好。',
  503: '暂时无法读取报纸内容，请稍后再试。',
} as const

/**
 * Pages: revalidated by the browser on every visit (a cheap 304 by ETag; offline, the service
 * worker answers), kept at the edge for a minute and served stale while it refetches. A 400 or
 * 404 is kept a minute; a 500 or 503 is never kept.
 */
export function renderView(c: Context<Env>, view: View, status: 200 | ErrorStatus = 200): Response {
  const html = renderPage(paper, view, pageUrl(c), mainScript)
  c.header(
    'Cache-Control',
    status === 200
      ? 'public, max-age=0, s-maxage=60, stale-while-revalidate=600'
      : status >= 500
        ? 'no-store'
        : 'public, max-age=60',
  )
  if (status === 503) c.header('Retry-After', '30')
  return c.html(html, status)
}

export const errorView = (c: Context<Env>, status: ErrorStatus, message: string = MESSAGES[status]) =>
  renderView(c, { kind: 'error', status, message }, status)
