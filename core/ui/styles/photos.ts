// Photos in an article, only on pages that have them. The preview holds the photo's box from the
// first paint and the photo lies over it once loaded, so nothing moves. In low-data mode (the
// reader's choice, class "low", or Save-Data as the server saw it, class "held") the photo stays
// out and 显示图片 brings it; the caption stays either way.
export const photos = `
.photo{padding:0;border:0}.frame{position:relative;overflow:hidden}.preview{filter:blur(8px)}
.frame img{display:block;width:100%;height:auto}.frame picture img{position:absolute;top:0;left:0;height:100%}
.show{display:none;position:absolute;inset:0;margin:auto;width:max-content;height:max-content;padding:0 1em;line-height:44px;background:var(--bg)}
.zoom{position:absolute;inset:0}.zoom:focus-visible{outline:3px solid var(--link);outline-offset:-3px}
.held picture,.low .photo:not(.shown) picture,.held .zoom,.low .photo:not(.shown) .zoom{display:none}
.held .show,.low .photo:not(.shown) .show{display:block}
`
