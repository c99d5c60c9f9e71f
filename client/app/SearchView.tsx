import type { Mark, SearchHit } from '../search'
import { longDate } from '../lib/dates'
import { urls } from '../lib/urls'

/** 搜索: a plain GET form (works without JavaScript) and results with the matches highlighted. */
export function SearchView({ query, hits }: { query: string; hits: SearchHit[] }) {
  return (
    <>
      <h1>搜索</h1>
      <form class="search" action={urls.search()} method="get" role="search">
        <label for="q">搜索往期报道</label>
        <input id="q" name="q" type="search" value={query} maxLength={64} enterKeyHint="search" />
        <button type="submit">搜索</button>
      </form>
      {query && (
        <p class="result-count" role="status">
          {hits.length > 0 ? `找到${hits.length}篇与“${query}”有关的报道` : `没有找到与“${query}”有关的报道`}
        </p>
      )}
      <ol class="results">
        {hits.map((h) => (
          <li>
            <h2 class="headline">
              <a href={urls.article(h.date, h.id)}><Marks marks={h.title} /></a>
            </h2>
            <p class="meta"><time dateTime={h.date}>{longDate(h.date)}</time> · {h.page}</p>
            <p class="snippet"><Marks marks={h.snippet} /></p>
          </li>
        ))}
      </ol>
    </>
  )
}

function Marks({ marks }: { marks: Mark[] }) {
  return <>{marks.map((m) => (m.hit ? <mark>{m.text}</mark> : m.text))}</>
}
