// Reader preferences, kept in localStorage and applied as attributes on <html>, which the
// stylesheet reads. The same few lines run inline in <head> (core/render/boot.ts) before first paint.
export type Theme = 'auto' | 'light' | 'dark'
export interface Prefs {
  /** Text size step: 0 is the default, −1 smaller, up to +3 larger. */
  size: number
  theme: Theme
  lowData: boolean
}

/** The localStorage key; the inline boot script (core/render/boot.ts) reads the same. */
export const PREFS_KEY = 'zzrb-prefs'

/** The browser's Save-Data setting (Chromium): low-data mode by default where it is on. */
const saveData = () => (navigator as Navigator & { connection?: { saveData?: boolean } }).connection?.saveData === true
export const SIZES = [-1, 0, 1, 2, 3]

export function readPrefs(): Prefs {
  try {
    const saved = JSON.parse(localStorage.getItem(PREFS_KEY) ?? '{}') as Partial<Prefs>
    return {
      size: SIZES.includes(saved.size ?? 0) ? (saved.size ?? 0) : 0,
      theme: saved.theme ?? 'auto',
      lowData: saved.lowData ?? saveData(),
    }
  } catch {
    return { size: 0, theme: 'auto', lowData: false }
  }
}

export function writePrefs(prefs: Prefs): void {
  localStorage.setItem(PREFS_KEY, JSON.stringify(prefs))
  applyPrefs(prefs)
}

export function applyPrefs(p: Prefs): void {
  const root = document.documentElement
  root.dataset.size = String(p.size)
  root.dataset.theme = p.theme
  root.dataset.lowdata = String(p.lowData)
}
