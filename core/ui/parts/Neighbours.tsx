import type { ArticleMeta } from '../../model'
import { urls } from '../../urls'

/** 上一篇 and 下一篇 as two cards side by side, each wholly a link (rel prev/next: swiping follows them). */
export function Neighbours({ prev, next }: { prev: ArticleMeta | undefined; next: ArticleMeta | undefined }) {
  if (!prev && !next) return null
  return (
    <nav class="neighbours" aria-label="上下篇">
      <Card rel="prev" label="上一篇" article={prev} />
      <Card rel="next" label="下一篇" article={next} />
    </nav>
  )
}

function Card({ rel, label, article }: { rel: string; label: string; article: ArticleMeta | undefined }) {
  // An empty cell keeps 下一篇 on the right when there is no 上一篇.
  if (!article) return <span />
  return (
    <a rel={rel} href={urls.article(article.date, article.id)}>
      <span>{label}</span>
      {article.title}
    </a>
  )
}
