// What every page needs: the palette (light, dark, and the reader's choice), type, the bottom bar
// and, from 1024 px, the side column. System CJK fonts only: no web fonts. What only scripts show
// (the status bar, the islands' buttons) is styled by client/islands.css, which the page's script
// loads; what every page but the front page has (the small header) is `chrome`.
import { DEFAULT_PX, SIZE_PX } from '../prefs'

const dark = '--fg:#e8e6e1;--muted:#a3a19b;--bg:#16161a;--rule:#34343a;--brand:#ff6b6b;--link:#8cb8ff'

/** The reader's text sizes (core/ui/prefs.ts), as classes of <html>. */
const sizes = SIZE_PX.filter((px) => px !== DEFAULT_PX)
  .map((px) => `.s${px}{font-size:${px}px}`)
  .join('')

export const base = `
:root{--fg:#1d1d1f;--muted:#5f5f66;--bg:#fffdf8;--rule:#e4dfd3;--brand:#b8141b;--link:#0b57a4;
font:18px/1.8 system-ui,sans-serif;color:var(--fg);background:var(--bg);
color-scheme:light dark;-webkit-text-size-adjust:100%}
@media(prefers-color-scheme:dark){:root:not(.light){${dark}}}
.dark{${dark};color-scheme:dark}
${sizes}
*{box-sizing:border-box}
body{margin:0 auto;max-width:42rem;padding:0 1rem 5rem;line-break:strict;overflow-wrap:anywhere}
a{color:var(--link);text-underline-offset:.2em}
h1,h2,h3{line-height:1.4;margin:.6em 0 .3em;word-break:keep-all;text-wrap:balance}.hl{display:inline-block}h1{font-size:1.75rem}h2{font-size:1.25rem}h3{font-size:1.1rem}
p{margin:.5em 0}
.skip{position:absolute;left:-99em}.skip:focus{left:1em}
.crumbs,.meta,.count,.muted{color:var(--muted);font-size:.875rem}
nav a,.crumbs a{display:inline-block;line-height:44px;min-width:44px}
.tabbar{position:fixed;inset:auto 0 0;z-index:1;display:flex;gap:8px;padding:0 8px;background:var(--bg);border-top:1px solid var(--rule)}
.tabbar a{flex:1;text-align:center;line-height:52px;color:var(--muted);text-decoration:none}
.tabbar [aria-current]{color:var(--brand);font-weight:700;box-shadow:inset 0 3px var(--brand)}
`

/** The site's small header, on every page but the front page (which has the masthead). */
export const chrome = `
.top{display:flex;justify-content:space-between;align-items:center;border-bottom:2px solid var(--brand)}
.brand{color:var(--brand);font-weight:700;font-size:1.25rem;text-decoration:none;line-height:56px}
.issue-date{line-height:44px;color:var(--muted);font-size:.875rem}
`
