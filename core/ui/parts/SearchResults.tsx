import { longDate } from '../../dates'
import type { Mark, SearchHit } from '../../search/index'
import { urls } from '../../urls'

/** Search results with the matches highlighted: the server's, or the phone's own offline. */
export function SearchResults({ query, hits, offline }: { query: string; hits: SearchHit[]; offline?: boolean }) {
  const where = offline ? '已离线保存的报纸中' : ''
  return (
    <>
      <p class="result-count" role="status">
        {hits.length > 0
          ? `${where}找到${hits.length}篇与“${query}”有关的报道`
          : `${where}没有找到与“${query}”有关的报道`}
      </p>
      <ol class="results">
        {hits.map((h) => (
          <li>
            <h2 class="headline">
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
    </>
  )
}

function Marks({ marks }: { marks: Mark[] }) {
  return <>{marks.map((m) => (m.hit ? <mark>{m.text}</mark> : m.text))}</>
}
