import { longDate } from '../../dates'
import type { RelatedArticle } from '../../model'
import { urls } from '../../urls'
import { Thumb } from './Thumb'

/**
 * 相关阅读: the other articles an article shares its subject with (core/search/related.ts), each a
 * link with its date, and its photo small when it has one. `held`: Save-Data, so the thumbnails'
 * addresses wait (Thumb). Nothing at all when there are none.
 */
export function Related({ related, held = false }: { related: RelatedArticle[] | undefined; held?: boolean }) {
  if (!related || related.length === 0) return null
  return (
    <section class="related" aria-labelledby="related-h">
      <h2 id="related-h">相关阅读</h2>
      <ul>
        {related.map((r) => (
          <li>
            {r.thumb && <Thumb photo={r.thumb} size="small" held={held} />}
            <a href={urls.article(r.date, r.id)}>{r.title}</a>
            <time dateTime={r.date}>{longDate(r.date)}</time>
          </li>
        ))}
      </ul>
    </section>
  )
}
