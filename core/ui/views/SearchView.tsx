import { QUERY_MAX } from '../../rules'
import type { SearchHit } from '../../search/index'
import { urls } from '../../urls'
import { Island } from '../Island'
import OfflineSearch from '../islands/OfflineSearch.island'
import { SearchResults } from '../parts/SearchResults'

/** 搜索: a plain GET form (works without JavaScript) and results with the matches highlighted. */
interface Props {
  query: string
  hits: SearchHit[]
  more?: string | undefined
  continued?: boolean | undefined
}

export function SearchView({ query, hits, more, continued }: Props) {
  return (
    <>
      <h1>搜索</h1>
      {/* biome-ignore lint/a11y/useSemanticElements: <search> is too new for the old phones this form must serve */}
      <form class="search" action={urls.search()} method="get" role="search">
        <label for="q">搜索往期报道</label>
        <input id="q" name="q" type="search" value={query} maxLength={QUERY_MAX} enterKeyHint="search" />
        <button type="submit">搜索</button>
      </form>
      {query && <SearchResults query={query} hits={hits} more={more} continued={continued} />}
      <Island>
        <OfflineSearch query={query} />
      </Island>
    </>
  )
}
