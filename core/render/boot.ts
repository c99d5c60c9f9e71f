import { PREFS_KEY } from '../ui/prefs'

/**
 * The one inline script of every page, allowed by its hash (core/security.ts). Before first
 * paint, without waiting for a module, it gives <html> the class "js" (the page is scripted) and
 * the reader's stored classes (core/ui/prefs.ts). It is the one place that registers the service
 * worker. On a first visit it asks for the newest issue first: on one bar of signal, the issue
 * and the worker cross the link side by side, a round trip sooner than the page's own script
 * could ask (the worker then finds the issue in the browser's cache).
 */
export const PREFS_BOOT = [
  `var e=document.documentElement,s=navigator.serviceWorker,c="js ";try{c+=localStorage.${PREFS_KEY}||""}catch(x){}e.className=c;`,
  's&&(s.controller||fetch("/api/issues/latest/edition"),s.register("/sw.js"))',
].join('')
