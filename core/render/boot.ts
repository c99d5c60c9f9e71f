import { PREFS_KEY } from '../ui/prefs'

/**
 * The one inline script of every page, allowed by its hash (core/security.ts). Before first
 * paint, without waiting for a module, it gives <html> the class "js" (the page is scripted) and
 * the reader's stored classes (core/ui/prefs.ts). On a first visit it also registers the service
 * worker and asks for the newest issue at once: on one bar of signal that is a round trip sooner
 * than the page's own script could (the worker then finds the issue in the browser's cache).
 */
export const PREFS_BOOT = [
  `var e=document.documentElement,s=navigator.serviceWorker,c="js ";try{c+=localStorage.${PREFS_KEY}||""}catch(x){}e.className=c;`,
  's&&!s.controller&&s.register("/sw.js")',
].join('')
