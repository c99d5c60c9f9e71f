// Thumbnails in lists (core/ui/parts/Thumb.tsx), only on pages that have one. Each is cut to a box
// whose size is known from the first paint (small 96×72 beside the text, large the column's width
// at 16:9), so nothing moves when it arrives; the box's own colour stands in until then, and in
// low-data mode (the reader's choice, class "low", or Save-Data as the server saw it, "held").
// A teaser's one link covers it whole, picture included.
export const thumbs = `
.thumb{display:block;background:var(--rule);overflow:hidden}
.thumb img{display:block;width:100%;height:100%;object-fit:cover}
.small{float:right;width:96px;height:72px;margin:.4rem 0 .25rem .75rem}.large{aspect-ratio:16/9;margin-top:.75rem}
.thumb.held img,.low .thumb:not(.shown) img{display:none}
.teaser,.saved li{position:relative;display:flow-root}.teaser h2 a::after,.teaser h3 a::after{content:"";position:absolute;inset:0}
.issues li{position:relative}.issues a{padding-right:108px}.issues .small{position:absolute;top:.5rem;right:0;margin:0}
`
