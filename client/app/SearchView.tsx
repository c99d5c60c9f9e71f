import type { Mark, SearchHit } from '../search'
import { longDate } from '../lib/dates'
import { urls } from '../lib/urls'
import { Island } from './Island'
import OfflineSearch from '../islands/OfflineSearch'

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
      {query && <SearchResults query={query} hits={hits} />}
      <Island name="search" props={{ query }}>
        <OfflineSearch query={query} />
      </Island>
    </>
  )
}

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
