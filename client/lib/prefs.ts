// Reader preferences, kept in localStorage and applied as attributes on <html>, which the
// stylesheet reads. The same few lines run inline in <head> (allowed by hash) before first paint.
export type Theme = 'auto' | 'light' | 'dark'
export interface Prefs {
  /** Text size step: 0 is the default, −1 smaller, up to +3 larger. */
  size: number
  theme: Theme
  lowData: boolean
}

const KEY = 'zzrb-prefs'

/** The browser's Save-Data setting (Chromium): low-data mode by default where it is on. */
const saveData = () => (navigator as Navigator & { connection?: { saveData?: boolean } }).connection?.saveData === true
export const SIZES = [-1, 0, 1, 2, 3]

export function readPrefs(): Prefs {
  try {
    const saved = JSON.parse(localStorage.getItem(KEY) ?? '{}') as Partial<Prefs>
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
  localStorage.setItem(KEY, JSON.stringify(prefs))
  applyPrefs(prefs)
}

export function applyPrefs(p: Prefs): void {
  const root = document.documentElement
  root.dataset.size = String(p.size)
  root.dataset.theme = p.theme
  root.dataset.lowdata = String(p.lowData)
}

/** The inline <head> script: the same as applyPrefs(readPrefs()), without a module load. */
export const PREFS_BOOT = `try{var p=JSON.parse(localStorage.getItem("${KEY}")||"{}"),r=document.documentElement;r.dataset.size=p.size||0;r.dataset.theme=p.theme||"auto";r.dataset.lowdata="lowData"in p?!!p.lowData:!!(navigator.connection&&navigator.connection.saveData)}catch(e){}`
