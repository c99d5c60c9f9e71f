// The rest of an article, after the text a phone shows first: its quotes and figures (photos,
// captions; a figure with no photo is a note between rules, marked 图), then the 版's 责任编辑,
// 相关阅读 (with thumbnails) and the next stories as cards. Linked once, just before the first of
// them (core/ui/parts/Blocks.tsx, core/ui/views/ArticleView.tsx): the text above paints at once,
// what follows waits for these rules, so nothing restyles in view (linked.ts).
import { photos } from './photos'
import { related } from './related'
import { thumbs } from './thumbs'

export const rest = `
blockquote,figure{margin:1em 0;padding:.25em 1em;border-left:4px solid var(--brand)}
blockquote{color:var(--muted)}blockquote p{text-indent:0}figure{border-color:var(--rule)}
figcaption{font-size:.9rem}.credit{margin-left:.5em;color:var(--muted)}.credit>span{white-space:nowrap}
.note{padding:.4em 0;border:solid var(--rule);border-width:1px 0;color:var(--muted)}
.note figcaption::before{content:"图";margin-right:.5em;padding:0 .3em;border:1px solid;font-size:.75rem}
${photos}
.editor{text-align:right;color:var(--muted);font-size:.875rem}
.neighbours{display:grid;grid-template-columns:1fr 1fr;gap:.5rem;margin:2rem 0}
.neighbours a{padding:.5rem .75rem;border:1px solid var(--rule);border-radius:6px;color:var(--fg);text-decoration:none;line-height:1.5}
.neighbours span{display:block;color:var(--muted);font-size:.875rem}.neighbours [rel=next]{text-align:right}
${related}${thumbs}`
