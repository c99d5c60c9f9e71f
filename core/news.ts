// Which 快讯 a page shows: those live within a span before `now` (the front page: a day; /news,
// the API and the feed: a week). The same rule on the server and on the phone.
import type { FlashItem } from './model'

export const DAY_MS = 86_400_000
/** How far back /news, the API and the feed reach. */
export const WEEK_MS = 7 * DAY_MS

export const within = (items: FlashItem[], now: string, span: number): FlashItem[] => {
  const since = new Date(Date.parse(now) - span).toISOString()
  return items.filter((n) => n.time >= since && n.time <= now)
}
