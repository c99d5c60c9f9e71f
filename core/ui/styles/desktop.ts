// From 1024 px: the bottom bar becomes a bar under the header, and the page a text column with a
// side column (.rail: the 版 list, 快讯, the calendar, the next stories). Linked with
// media="(min-width:1024px)", so a phone never waits for it (linked.ts).
export const desktop = `
body{max-width:66rem;display:grid;grid-template-columns:minmax(0,1fr);padding-bottom:2rem}
.tabbar{grid-row:2;position:sticky;top:0;border:0;border-bottom:1px solid var(--rule);justify-content:start}
.tabbar a{flex:0 0 7rem}
main{display:grid;grid-template-columns:minmax(0,1fr) 19rem;column-gap:3rem;align-items:start}main>*{grid-column:1}
.rail{grid-column:2;grid-row:1/span 40;position:sticky;top:4rem}
.rail .neighbours{grid-template-columns:1fr;margin-top:0}
`
