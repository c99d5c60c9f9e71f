/** Bytes as people read them: 12 KB, 3.4 MB, 10 GB; under 1 KB still reads as 1 KB. */
export function sizeText(bytes: number): string {
  const units = ['KB', 'MB', 'GB', 'TB']
  let n = Math.max(1, bytes / 1024)
  let unit = 0
  while (n >= 1024 && unit < units.length - 1) {
    n /= 1024
    unit++
  }
  const shown = n < 10 && unit > 0 ? n.toFixed(1).replace(/\.0$/, '') : String(Math.round(n))
  return `${shown} ${units[unit]}`
}
