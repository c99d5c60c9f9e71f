// Reader preferences, kept in localStorage as the class list of <html>, which the stylesheet
// reads. The inline boot script in <head> (core/render/boot.ts) applies it before first paint.
export type Theme = 'auto' | 'light' | 'dark'
export interface Prefs {
  /** Text size step: 0 is the default, −1 smaller, up to +3 larger. */
  size: number
  theme: Theme
  lowData: boolean
}

/**
 * The localStorage key. The value is the classes of <html> other than "js", such as
 * "dark s22 low": the theme (none for auto), the root font size (none for the default), and "low"
 * or "full" (none for the browser's Save-Data setting). Classes, because the boot script, which
 * is in every page, then applies them in one assignment.
 */
export const PREFS_KEY = 'zzrb'

/** The browser's Save-Data setting (Chromium): low-data mode by default where it is on. */
const saveData = () => (navigator as Navigator & { connection?: { saveData?: boolean } }).connection?.saveData === true
export const SIZES = [-1, 0, 1, 2, 3]
/** The root font size of each step, in px; the stylesheet has a class for each but the default. */
export const SIZE_PX = [16, 18, 20, 22, 25]
export const DEFAULT_PX = 18

export function readPrefs(): Prefs {
  let stored = ''
  try {
    stored = localStorage.getItem(PREFS_KEY) ?? ''
  } catch {}
  const has = new Set(stored.split(' '))
  const px = SIZE_PX.find((n) => has.has(`s${n}`)) ?? DEFAULT_PX
  return {
    size: SIZES[SIZE_PX.indexOf(px)] ?? 0,
    theme: has.has('dark') ? 'dark' : has.has('light') ? 'light' : 'auto',
    lowData: has.has('low') || (!has.has('full') && saveData()),
  }
}

/** The classes that stand for `p`, as stored and as set on <html>. */
function classesOf(p: Prefs): string {
  const px = SIZE_PX[SIZES.indexOf(p.size)] ?? DEFAULT_PX
  return [p.theme === 'auto' ? '' : p.theme, px === DEFAULT_PX ? '' : `s${px}`, p.lowData ? 'low' : 'full']
    .filter(Boolean)
    .join(' ')
}

export function writePrefs(p: Prefs): void {
  localStorage.setItem(PREFS_KEY, classesOf(p))
  applyPrefs(p)
}

export function applyPrefs(p: Prefs): void {
  document.documentElement.className = `js ${classesOf(p)}`
}
