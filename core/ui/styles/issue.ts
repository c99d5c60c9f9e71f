// An issue's front page and its 版面: the masthead, 版面 navigation and the teasers.
export const issue = `
nav ul{list-style:none;padding:0;margin:.5rem 0;display:flex;flex-wrap:wrap;gap:.5rem .75rem}
.masthead{text-align:center;border-bottom:3px double var(--brand);padding-top:1rem}
.masthead h1{color:var(--brand);font-size:2.5rem;letter-spacing:.2em;margin:0}.masthead a{color:inherit;text-decoration:none}
.masthead p,.editors{color:var(--muted);font-size:.875rem}.masthead p>*{white-space:nowrap}
[aria-current]{font-weight:700;color:var(--fg)}
section h2{font-size:1rem;border-bottom:1px solid var(--rule)}section h2 a{color:var(--brand);text-decoration:none;display:block;line-height:44px}
.teaser{border-bottom:1px solid var(--rule)}.teaser a{color:var(--fg);text-decoration:none;display:block;min-height:44px}
.lead h3,.lead h2{font-size:1.5rem}
.teaser p{color:var(--muted);margin:.2em 0}
`
