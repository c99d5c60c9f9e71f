// 相关阅读 below an article (core/ui/parts/Related.tsx): a short list, each link on its own line
// with its date under it; a thumbnail floats beside it (thumbs.ts, which the page then needs too).
export const related = `
.related{margin:2rem 0;border-top:1px solid var(--rule)}.related h2{font-size:1rem;color:var(--brand)}
.related ul{list-style:none;margin:0;padding:0}.related li{display:flow-root;margin:.5rem 0;line-height:1.5}
.related a{display:block}.related time{color:var(--muted);font-size:.875rem}
`
