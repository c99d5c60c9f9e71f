// A view as the worker answers it: the whole document, with its cache rules and status.
import type { Context } from 'hono'
import { paper } from '../core/paper'
import { renderPage } from '../core/render/page'
import type { ErrorStatus, View } from '../core/ui/view'
import { mainScript } from './html/assets'
import { errorCaching, RENDERED } from './http/freshness'
import { pageUrl } from './site'

export type Env = { Bindings: Cloudflare.Env }

const MESSAGES = {
  400: '这个网址的格式不对，请检查日期或文章地址。',
  404: '没有找到这个页面，它可能不存在或已被撤下。',
  405: '这个网址只能浏览，不能提交内容。',
  412: '这个页面已经更新，请重新打开。',
  414: '这个网址太长了，请检查后再试。',
  500: '这个页面出了错，我们已经记下，会尽快修好。',
  503: '暂时无法读取报纸内容，请稍后再试。',
} as const

const HTML = 'text/html; charset=UTF-8'

/** How an error answer may be kept, and when to ask again after a storage fault. */
export function errorHeaders(status: ErrorStatus, type: string): Record<string, string> {
  const headers: Record<string, string> = { 'Content-Type': type, 'Cache-Control': errorCaching(status) }
  if (status === 503) headers['Retry-After'] = '30'
  if (status === 405) headers.Allow = 'GET, HEAD'
  return headers
}

/** Whether the browser asks to save data (Save-Data: on): its photos are held back (the edge cache varies on it). */
export const savesData = (c: Context<Env>) => c.req.header('Save-Data') === 'on'

/** A page: kept as briefly as worker/http/freshness.ts says; an error page by its status. */
export function renderView(c: Context<Env>, view: View, status: 200 | ErrorStatus = 200): Response {
  const html = renderPage(paper, view, pageUrl(c), mainScript)
  const headers = status === 200 ? { 'Cache-Control': RENDERED } : errorHeaders(status, HTML)
  for (const [name, value] of Object.entries(headers)) c.header(name, value)
  return c.html(html, status)
}

/**
 * The site's error page, as an answer of its own: nothing a route or middleware set for the answer
 * it replaces (an ETag, a length) carries over.
 */
export function errorView(c: Context<Env>, status: ErrorStatus, message: string = MESSAGES[status]): Response {
  const html = renderPage(paper, { kind: 'error', status, message }, pageUrl(c), mainScript)
  return new Response(html, { status, headers: errorHeaders(status, HTML) })
}
