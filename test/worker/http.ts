// Requests go through the real worker (its default export) inside workerd.
import { exports } from 'cloudflare:workers'

/** The 2024-03-11 issue's headlines, in print order. */
export const TITLES = [
  '株洲这一改革经验获全省推介',
  '书画等级考试今日开始报名',
  '“宝妈计划”帮带孩妈妈找工作',
  '耗资300万元改造下水道　不通反堵',
  '两会热词“稳就业”的株洲实践',
  '今年，市总工会　要帮3000名职工长本领',
]

export const get = (path: string, init?: RequestInit) =>
  exports.default.fetch(new Request(`http://localhost:8787${path}`, init))

/** The text of every element matching a simple tag name, tags stripped. */
export function texts(html: string, tag: string): string[] {
  return [...html.matchAll(new RegExp(`<${tag}\\b[^>]*>([\\s\\S]*?)</${tag}>`, 'g'))].map((m) =>
    m[1]!.replace(/<[^>]+>/g, ''),
  )
}

/** The JSON-LD blocks of a page, parsed. */
export function jsonLd(html: string): Array<Record<string, unknown>> {
  return [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => JSON.parse(m[1]!))
}
