import type { ArticleMeta } from '../../model'
import { urls } from '../../urls'
import { Headline } from './Headline'
import { Thumb } from './Thumb'

/**
 * An article in a list: 引题 / headline / 副题 / summary; the lead story gets the large type. Its
 * photo, when it has one: large above the lead story, small beside the others. `held`: Save-Data,
 * so the thumbnail's addresses wait (Thumb).
 */
export function Teaser({
  article,
  lead,
  level = 3,
  held = false,
}: {
  article: ArticleMeta
  lead?: boolean
  level?: 2 | 3
  held?: boolean
}) {
  const Heading = level === 2 ? 'h2' : 'h3'
  return (
    <article class={lead ? 'teaser lead' : 'teaser'}>
      {article.thumb && <Thumb photo={article.thumb} size={lead ? 'large' : 'small'} held={held} lead={lead} />}
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
