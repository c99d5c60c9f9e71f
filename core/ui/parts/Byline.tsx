import type { Article } from '../../model'

/**
 * 株洲日报讯（全媒体记者/何春林 通讯员/周士杰）, or the people alone when there is no dateline; then
 * the article's length and reading time, on the same line when they fit.
 */
export function Byline({ article }: { article: Pick<Article, 'byline' | 'dateline' | 'chars' | 'readingMinutes'> }) {
  const people = article.byline.map((p) => `${p.role}/${p.name}${p.note ? ` ${p.note}` : ''}`).join(' ')
  const by = article.dateline ? `${article.dateline}${people && `（${people}）`}` : people
  return (
    <p class="byline">
      {by && <span>{by}</span>}
      <span>
        {article.chars}字 · 约{article.readingMinutes}分钟
      </span>
    </p>
  )
}
