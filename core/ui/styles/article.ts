// An article as printed: 引题, headline, 副题, byline, body text, its tools. Quotes, figures and
// the way on are styled by rest.ts, linked where the first of them starts. The tools need a
// script: without one (no class js on <html>) they are not shown; with one their row holds its
// height from the first paint, and they fill it once hydrated (client/islands.css).
export const article = `
.kicker,.subtitle,.byline{color:var(--muted);margin:.2em 0}.byline{font-size:.875rem}
.body{font-size:1.0625rem}.body p{text-indent:2em;text-align:justify}.body .label{text-indent:0}
.label{font-weight:700;color:var(--brand)}
.correction{margin:1em 0;padding:.25em 1em;border-left:4px solid var(--brand)}
.story .crumbs{margin:.5rem 0 0;display:flex;gap:1rem}.story h1{margin-top:.2em}
.byline{display:flex;flex-wrap:wrap;gap:0 1em;line-height:1.5}
.tools{display:none;height:48px;margin:.25rem 0}.js .tools{display:flex}
`
