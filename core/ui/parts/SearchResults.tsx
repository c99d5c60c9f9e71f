import { longDate } from '../../dates'
import type { Mark, SearchHit } from '../../search/index'
import { urls } from '../../urls'
import { Thumb } from './Thumb'

interface Props {
  query: string
  hits: SearchHit[]
  /** Searched on the phone, over the issues it keeps. */
  offline?: boolean
  /** The next page of results, when there is one. */
  more?: string | undefined
  /** A later page: it goes on where the last left off. */
  continued?: boolean | undefined
  /** Save-Data: the thumbnails' addresses wait (Thumb). */
  held?: boolean | undefined
}

/**
 * Search results with the matches highlighted, each with its article's photo small when it has
 * one: the server's (a page at a time), or the phone's own offline. Title matches come first
 * (core/search/rank.ts).
 */
export function SearchResults({ query, hits, offline, more, continued, held = false }: Props) {
  const where = offline ? '已离线保存的报纸中' : ''
  const count =
    hits.length === 0
      ? `${where}没有找到与“${query}”有关的报道`
      : continued
        ? `更多与“${query}”有关的报道`
        : more
          ? `与“${query}”有关的报道，标题相符的在前`
          : `${where}找到${hits.length}篇与“${query}”有关的报道`
  return (
    <>
      <p class="result-count" role="status">
        {count}
      </p>
      <ol class="results">
        {hits.map((h) => (
          <li>
            {h.thumb && <Thumb photo={h.thumb} size="small" held={held} />}
            <h2>
              <a href={urls.article(h.date, h.id)}>
                <Marks marks={h.title} />
              </a>
            </h2>
            <p class="meta">
              <time dateTime={h.date}>{longDate(h.date)}</time> · {h.page}
            </p>
            <p class="snippet">
              <Marks marks={h.snippet} />
            </p>
          </li>
        ))}
      </ol>
      {more && (
        <p class="more">
          <a href={more} rel="next">
            更多报道
          </a>
        </p>
      )}
    </>
  )
}

function Marks({ marks }: { marks: Mark[] }) {
  return <>{marks.map((m) => (m.hit ? <mark>{m.text}</mark> : m.text))}</>
}
