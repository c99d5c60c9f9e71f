// Moments as the newsroom reads them: Beijing time (+08:00), never UTC.
import { beijing } from '../core/dates'

/** 2024-03-12 06:00（北京时间）; with `seconds`, 2024-03-12 06:00:05（北京时间）. */
export function beijingTime(iso: string, seconds = false): string {
  const { date, time } = beijing(iso, seconds)
  return `${date} ${time}（北京时间）`
}
