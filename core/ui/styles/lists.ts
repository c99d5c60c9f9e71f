// Lists of issues and articles: 往期, search results, 收藏, and their forms.
import { mine } from './mine'

export const lists = `
.issues,.results,.saved,.months{list-style:none;padding:0}
.issues a{display:flex;flex-wrap:wrap;gap:0 .75em;padding:.5rem 0;min-height:44px}
.issues li,.results li,.saved li{border-bottom:1px solid var(--rule);padding:.25rem 0}.results li{display:flow-root}
.lead-title{flex-basis:100%;color:var(--fg)}
.months{display:flex;flex-wrap:wrap;gap:.25rem 1.25rem}.months a{display:inline-block;line-height:44px}
.months .count{margin-left:.25em}
.year h2 a{display:inline-block;line-height:44px;min-width:44px}
.results h2 a,.saved a{color:var(--fg);text-decoration:none;display:block;min-height:44px}
.summary,.snippet{color:var(--muted);margin:.2em 0}
.search{display:flex;flex-wrap:wrap;gap:.5rem;align-items:center}.search label{flex-basis:100%}
.search input{flex:1;min-width:0;font:inherit;padding:.4rem .6rem;min-height:44px;border:1px solid var(--muted);
border-radius:4px;background:var(--bg);color:var(--fg)}
.search button{font:inherit;min-height:44px;padding:0 1rem;border:0;background:var(--brand);color:var(--bg)}
mark{background:#ffe58a;color:#1d1d1f}
${mine}
`
