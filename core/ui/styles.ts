// The whole stylesheet, small enough to inline in every page (no extra round trip on one bar of
// signal). The worker allows it by its hash in the CSP. System CJK fonts only: no web fonts.
const dark = '--fg:#e8e6e1;--muted:#a3a19b;--bg:#16161a;--rule:#34343a;--brand:#ff6b6b;--link:#8cb8ff;--mark:#6b5600'

export const css = `
:root{--fg:#1d1d1f;--muted:#5f5f66;--bg:#fffdf8;--rule:#e4dfd3;--brand:#b8141b;--link:#0b57a4;--mark:#ffe58a;
font:18px/1.8 -apple-system,"PingFang SC","Hiragino Sans GB","Noto Sans CJK SC","Source Han Sans SC",
"Microsoft YaHei",sans-serif;color:var(--fg);background:var(--bg);-webkit-text-size-adjust:100%;
text-size-adjust:100%}
@media (prefers-color-scheme:dark){:root:not([data-theme=light]){${dark}
}
}
:root[data-theme=dark]{${dark}
;color-scheme:dark}
:root[data-size="-1"]{font-size:16px}
:root[data-size="1"]{font-size:20px}
:root[data-size="2"]{font-size:22px}
:root[data-size="3"]{font-size:25px}
*{box-sizing:border-box}
body{margin:0 auto;max-width:42rem;padding:0 1rem 2rem;line-break:strict;overflow-wrap:anywhere}
a{color:var(--link);text-underline-offset:.2em}
h1,h2,h3{line-height:1.4;margin:.6em 0 .3em;text-wrap:balance}
h1{font-size:1.6rem}
h2{font-size:1.25rem}
h3{font-size:1.1rem}
p{margin:.5em 0}
.skip{position:absolute;left:-999px;top:0;padding:.5rem 1rem;background:var(--bg)}
.skip:focus{left:1rem;z-index:1}
header.site{border-bottom:2px solid var(--brand);padding:.5rem 0}
.brand{color:var(--brand);font-weight:700;font-size:1.25rem;text-decoration:none;display:inline-block;
min-height:44px;line-height:44px}
.masthead{text-align:center;border-bottom:3px double var(--brand);padding:1rem 0 .5rem}
.paper{color:var(--brand);font-size:2.5rem;letter-spacing:.2em;margin:0}
.dateline,.meta,.editors,.crumbs,.byline,.count,.hint,.credit,.muted{color:var(--muted);font-size:.875rem}
.pages ul,.issues,.results,footer nav{list-style:none;padding:0;margin:.5rem 0;display:flex;flex-wrap:wrap;
gap:.25rem .75rem}
.pages a,footer nav a{display:inline-block;min-height:44px;line-height:44px;padding:0 .25rem}
.pages a[aria-current]{font-weight:700;color:var(--fg)}
.section{border-top:1px solid var(--rule);margin-top:1rem}
.section-title{font-size:1rem;color:var(--brand)}
.section-title a{color:inherit;text-decoration:none}
.teaser{padding:.5rem 0;border-bottom:1px solid var(--rule)}
.teaser .headline{margin:.2em 0}
.headline a{color:var(--fg);text-decoration:none}
.lead .headline{font-size:1.5rem}
.kicker,.subtitle{color:var(--muted);margin:.2em 0}
.summary{margin:.2em 0;color:var(--muted)}
.story h1{font-size:1.75rem}
.story .body{font-size:1.0625rem}
.story .body p{text-indent:2em}
.story .body p.label,.story blockquote p{text-indent:0}
.label{font-weight:700;color:var(--brand)}
.correction{border-left:4px solid var(--brand);padding:.25em .75em;margin:1em 0;font-size:.9375rem}
blockquote{margin:1em 0;padding:.25em 1em;border-left:4px solid var(--brand);color:var(--muted)}
figure{margin:1em 0;padding:.5em .75em;background:color-mix(in srgb,var(--rule) 40%,transparent);border-radius:4px}
figcaption{font-size:.9rem}
.credit{margin-left:.5em}
.neighbours{display:grid;gap:.5rem;margin:2rem 0;border-top:1px solid var(--rule);padding-top:1rem}
.neighbours a{display:block;min-height:44px}
.hint{display:block}
.issues{display:block}
.issues a{display:flex;flex-wrap:wrap;gap:0 .75em;padding:.5rem 0;border-bottom:1px solid var(--rule);
min-height:44px}
.lead-title{flex-basis:100%;color:var(--fg)}
.search{display:flex;flex-wrap:wrap;gap:.5rem;align-items:center}
.search label{flex-basis:100%}
.search input{flex:1;min-width:0;font:inherit;padding:.4rem .6rem;min-height:44px;border:1px solid var(--muted);
border-radius:4px;background:var(--bg);color:var(--fg)}
.search button{font:inherit;min-height:44px;padding:0 1rem;border:0;border-radius:4px;background:var(--brand);
color:var(--bg)}
.results{display:block}
.results li{border-bottom:1px solid var(--rule);padding:.5rem 0}
mark{background:var(--mark);color:inherit}
footer.site{margin-top:2rem;border-top:1px solid var(--rule);color:var(--muted);font-size:.875rem;
padding-bottom:3rem}
.statusbar{position:fixed;left:0;right:0;bottom:0;display:flex;flex-wrap:wrap;gap:.25rem .75rem;
justify-content:center;align-items:center;padding:.25rem .75rem;font-size:.8125rem;background:var(--bg);
border-top:1px solid var(--rule);color:var(--muted)}
.statusbar:empty{display:none}
.statusbar .offline{color:var(--brand);font-weight:700}
.statusbar button,.tools button{font:inherit;min-height:44px;min-width:44px;padding:0 .75rem;
border:1px solid var(--rule);border-radius:4px;background:var(--bg);color:var(--link)}
.tools{display:flex;flex-wrap:wrap;gap:.5rem;margin:.5rem 0}
.island-Tools{min-height:3.25rem}
.tools button[aria-pressed=true]{color:var(--fg);font-weight:700}
.saved{list-style:none;padding:0}
.saved li{border-bottom:1px solid var(--rule);padding:.5rem 0}
fieldset{border:1px solid var(--rule);margin:.5rem 0}
label{display:inline-block;min-height:44px;line-height:44px;margin-right:1rem}
`.replace(/\n/g, '')
