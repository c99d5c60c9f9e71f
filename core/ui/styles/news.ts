// 快讯: the strip over the front page's issue and the list on /news, each item a line with its
// time; every link a full tap target.
export const news = `
.news{list-style:none;padding:0;margin:0}.news li{border-bottom:1px solid var(--rule);display:flex;gap:.5em;align-items:baseline}
.news time{color:var(--brand);font-variant-numeric:tabular-nums;white-space:nowrap;font-size:.875rem}
.news a{color:var(--fg);text-decoration:none;display:block;padding:.55em 0;line-height:1.5}
.news-strip{border:1px solid var(--rule);border-left:4px solid var(--brand);padding:0 .75rem;margin:1rem 0}
.news-strip h2{font-size:1rem;margin:.5em 0 0}.news-strip h2 a{color:var(--brand);text-decoration:none}
`
