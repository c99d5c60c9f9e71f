// The private preview link of each day a publish schedules ahead (a new issue, or a correction
// waiting for its time): signed with PREVIEW_SECRET (core/preview-token.ts), valid until a day
// after the day goes live, so editors can set it beside the live page.
import { PREVIEW_AFTER_LIVE_SECONDS, signPreview } from '../core/preview-token'
import { urls } from '../core/urls'
import { beijingTime } from './beijing-time'
import type { DayChange } from './plan'

export interface PreviewSite {
  /** The key preview links are signed with; without it none is printed. */
  secret: string | undefined
  /** The site's origin, e.g. http://localhost:8787. */
  origin: string
}

/** One line per day going live later than `now`: where to preview it, and until when. */
export async function previewLines(changes: DayChange[], now: string, site: PreviewSite): Promise<string[]> {
  const ahead = changes.filter((c) => c.version !== null && c.publishAt > now)
  if (ahead.length === 0) return []
  if (!site.secret)
    return [
      '没有预览链接：未设置 PREVIEW_SECRET（本地运行 npm start 会在 .dev.vars 里生成；正式网站见 README“Going live”）',
    ]
  const lines: string[] = []
  for (const c of ahead) {
    const expires = Math.floor(Date.parse(c.publishAt) / 1000) + PREVIEW_AFTER_LIVE_SECONDS
    const token = await signPreview(site.secret, { date: c.date, version: c.version!, expires })
    const until = beijingTime(new Date(expires * 1000).toISOString()).replace('（北京时间）', ' 北京时间')
    lines.push(`预览（至 ${until}有效）：${site.origin}/preview/${token}${urls.issue(c.date)}`)
  }
  return lines
}
