// Requests go through the real worker (its default export) inside workerd; pages are read as a
// browser would, through an HTML parser.
import { createExecutionContext, waitOnExecutionContext } from 'cloudflare:test'
import { env, exports } from 'cloudflare:workers'
import { type HTMLElement, parse } from 'node-html-parser'
import { app } from '../../worker/index'

/** The 2024-03-11 issue's headlines, in print order. */
export const TITLES = [
  '株洲这一改革经验获全省推介',
  '书画等级考试今日开始报名',
  '“宝妈计划”帮带孩妈妈找工作',
  '耗资300万元改造下水道　不通反堵',
  '两会热词“稳就业”的株洲实践',
  '今年，市总工会　要帮3000名职工长本领',
]

/** A request as a browser would send it, redirects left to the caller. */
export const get = (path: string, init?: RequestInit) =>
  exports.default.fetch(new Request(`http://localhost:8787${path}`, { redirect: 'manual', ...init }))

/**
 * A request handed straight to the worker's fetch handler, on the same bindings, for a test that
 * sends thousands: through `exports` each request of a test takes longer than the one before.
 */
export async function handle(request: Request): Promise<Response> {
  const ctx = createExecutionContext()
  const res = await app.fetch(request, env, ctx)
  await waitOnExecutionContext(ctx)
  return res
}

/** A page as a document. */
export const parsePage = (html: string): HTMLElement => parse(html, { comment: false })

/** The text of every element matching a CSS selector. */
export function texts(html: string | HTMLElement, selector: string): string[] {
  const doc = typeof html === 'string' ? parsePage(html) : html
  return doc.querySelectorAll(selector).map((e) => e.textContent)
}

/** The schema.org items of a page's JSON-LD: one item, or each item of its @graph. */
export function jsonLd(html: string): Array<Record<string, unknown>> {
  return texts(html, 'script[type="application/ld+json"]').flatMap((t) => {
    const data = JSON.parse(t) as Record<string, unknown>
    return (data['@graph'] as Array<Record<string, unknown>> | undefined) ?? [data]
  })
}
