import { PREFS_KEY } from '../ui/prefs'

/**
 * The one inline script of every page, allowed by its hash (core/security.ts): the same as
 * applyPrefs(readPrefs()), run before first paint without waiting for a module.
 */
export const PREFS_BOOT = [
  `try{var p=JSON.parse(localStorage.getItem("${PREFS_KEY}")||"{}"),r=document.documentElement;`,
  'r.dataset.size=p.size||0;r.dataset.theme=p.theme||"auto";',
  'r.dataset.lowdata="lowData"in p?!!p.lowData:!!(navigator.connection&&navigator.connection.saveData)}catch(e){}',
].join('')
