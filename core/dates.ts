// Dates as a Chinese reader expects them. Issue dates are calendar days in Beijing time.
const day = (date: string) => new Date(`${date}T00:00:00Z`)

/** 2024年3月11日 */
export function longDate(date: string): string {
  const [y, m, d] = date.split('-').map(Number)
  return `${y}年${m}月${d}日`
}

/** 3月11日 */
export function shortDate(date: string): string {
  const [, m, d] = date.split('-').map(Number)
  return `${m}月${d}日`
}

/** 星期一 */
export function weekday(date: string): string {
  return `星期${'日一二三四五六'[day(date).getUTCDay()]}`
}

/** 农历二月初二, or '' where the runtime lacks the Chinese calendar. */
export function lunarDate(date: string): string {
  try {
    const parts = new Intl.DateTimeFormat('zh-CN-u-ca-chinese', {
      timeZone: 'UTC',
      month: 'long',
      day: 'numeric',
    }).formatToParts(day(date))
    const month = parts.find((p) => p.type === 'month')?.value
    const dayOfMonth = parts.find((p) => p.type === 'day')?.value
    return month && dayOfMonth ? `农历${month}${lunarDay(Number(dayOfMonth))}` : ''
  } catch {
    return ''
  }
}

const DIGITS = '十一二三四五六七八九'
function lunarDay(n: number): string {
  if (Number.isNaN(n)) return ''
  if (n === 10) return '初十'
  if (n === 20) return '二十'
  if (n === 30) return '三十'
  const prefix = ['初', '十', '廿', '三十'][Math.floor(n / 10)]
  return `${prefix}${DIGITS[n % 10]}`
}

/** 2024年3月, for a date or a month (YYYY-MM). */
export function monthOf(date: string): string {
  const [y, m] = date.split('-').map(Number)
  return `${y}年${m}月`
}

/** 3月, for a month (YYYY-MM). */
export const monthName = (month: string) => `${Number(month.slice(5, 7))}月`

/** The moment an issue is published: 06:00 Beijing time on its date. */
export const publishedIso = (date: string) => `${date}T06:00:00+08:00`

/** A moment (ISO) in Beijing time: its date (YYYY-MM-DD) and its time of day (HH:MM, or HH:MM:SS). */
export function beijing(iso: string, seconds = false): { date: string; time: string } {
  const at = new Date(Date.parse(iso) + 8 * 3_600_000).toISOString()
  return { date: at.slice(0, 10), time: at.slice(11, seconds ? 19 : 16) }
}

/** When a 快讯 went live, as its list shows it: 15:00 today, 3月10日 15:00 before. */
export function newsTime(iso: string, now: string): string {
  const at = beijing(iso)
  return at.date === beijing(now).date ? at.time : `${shortDate(at.date)} ${at.time}`
}
