// A 版's printed page (版面图), on 版 pages that have one: the page image full width with the
// stories' links over it (outlined on focus, on hover and while tapped, and when an article's
// "版面位置" link points at one), the PDF link, and the strip of the 版 as thumbnails,
// scrolling sideways on a phone. Boxes are sized from the first paint (no layout shift). A page
// image held back (low-data mode) shows 显示图片 over the stories' links, where a tap reaches it.
export const print = `
.print{margin:1rem 0}.sheet{border:1px solid var(--rule);touch-action:pinch-zoom pan-x pan-y}
.regions{position:absolute;inset:0;width:100%;height:100%}
.print .show{z-index:1}
.regions path{fill:transparent;stroke:transparent}
.regions a:focus{outline:none}
.regions a:focus-visible path,.regions a:hover path,.regions a:active path,.regions a:target path{fill:rgba(184,20,27,.14);stroke:var(--brand);stroke-width:3px;vector-effect:non-scaling-stroke}
.print figcaption{display:flex;gap:1rem;align-items:center}.print figcaption a{line-height:44px;display:inline-block}
.strip ul{flex-wrap:nowrap;overflow-x:auto;gap:.5rem;scroll-snap-type:x proximity}
.strip li{flex:none;scroll-snap-align:start}.strip a{display:flex;flex-direction:column;align-items:center;width:76px;padding:4px;text-decoration:none;font-size:.75rem;line-height:1.5;color:var(--muted)}
.strip img,.strip .blank{display:block;width:60px;height:auto;border:1px solid var(--rule);background:#fff}.strip .blank{aspect-ratio:3/4}
.strip [aria-current] img{outline:2px solid var(--brand)}
.list-head{font-size:1rem;border-bottom:1px solid var(--rule)}
`
