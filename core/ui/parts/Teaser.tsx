import type { ArticleMeta } from '../../model'
import { urls } from '../../urls'
import { Headline } from './Headline'

/** An article in a list: 引题 / headline / 副题 / summary; the lead story gets the large type. */
export function Teaser({ article, lead, level = 3 }: { article: ArticleMeta; lead?: boolean; level?: 2 | 3 }) {
  const Heading = level === 2 ? 'h2' : 'h3'
  return (
    <article class={lead ? 'teaser lead' : 'teaser'}>
      {article.kicker && <p>{article.kicker}</p>}
      <Heading>
        <a href={urls.article(article.date, article.id)}>
          <Headline article={article} />
        </a>
      </Heading>
      {article.subtitle && <p>{article.subtitle}</p>}
      <p>{article.summary}</p>
    </article>
  )
}
