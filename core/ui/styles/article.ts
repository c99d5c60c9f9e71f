// An article as printed: 引题, headline, 副题, byline, body, its tools, and the way on. The tools
// need a script: without one (no class js on <html>) they are not shown; with one they stand, from
// the first paint, where they will be once hydrated (their colours come with client/islands.css).
export const article = `
.kicker,.subtitle,.byline,.neighbours span{color:var(--muted);margin:.2em 0}.byline,.neighbours span{font-size:.875rem}
.body{font-size:1.0625rem}.body p{text-indent:2em}.body .label,blockquote p{text-indent:0}
.label{font-weight:700;color:var(--brand)}
blockquote,.correction,figure{margin:1em 0;padding:.25em 1em;border-left:4px solid var(--brand)}
blockquote{color:var(--muted)}figure{border-color:var(--rule)}
figcaption{font-size:.9rem}.credit{margin-left:.5em;color:var(--muted)}
.neighbours{display:grid;gap:.5rem;margin:2rem 0;border-top:1px solid var(--rule)}.neighbours span{display:block}
.tools{display:none;flex-wrap:wrap;gap:.5rem}.js .tools{display:flex}
.tools button{font:inherit;min-height:44px;min-width:3.5em;border:1px solid var(--rule)}
`
