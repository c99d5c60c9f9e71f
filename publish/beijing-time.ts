// Moments as the newsroom reads them: Beijing time (+08:00), never UTC.
const BEIJING_MS = 8 * 3_600_000

/** 2024-03-12 06:00（北京时间）; with `seconds`, 2024-03-12 06:00:05（北京时间）. */
export function beijingTime(iso: string, seconds = false): string {
  const at = new Date(Date.parse(iso) + BEIJING_MS).toISOString()
  return `${at.slice(0, 10)} ${at.slice(11, seconds ? 19 : 16)}（北京时间）`
}
