import type { Article } from '../../model'

/** 株洲日报讯（全媒体记者/何春林 通讯员/周士杰）, or the people alone when there is no dateline. */
export function Byline({ article }: { article: Pick<Article, 'byline' | 'dateline'> }) {
  const people = article.byline.map((p) => `${p.role}/${p.name}${p.note ? ` ${p.note}` : ''}`).join(' ')
  if (!article.dateline) return people ? <p class="byline">{people}</p> : null
  return (
    <p class="byline">
      {article.dateline}
      {people && `（${people}）`}
    </p>
  )
}
