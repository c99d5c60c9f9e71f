import { useEffect, useState } from 'preact/hooks'
import type { Edition } from '../../model'
import { readKept } from '../../offline/kept'
import { readKeptEdition } from '../../offline/kept-edition'
import { QUERY_MAX } from '../../rules'
import { docsOf } from '../../search/docs'
import { buildIndex, type SearchHit, search } from '../../search/index'
import { SearchResults } from '../parts/SearchResults'

/**
 * Offline, the service worker answers /search with the empty page it keeps; this searches the
 * issues kept on the phone instead, with the same segmentation and ranking as the server.
 */
export default function OfflineSearch({ query }: { query: string }) {
  const [hits, setHits] = useState<SearchHit[] | null>(null)
  const [q, setQ] = useState('')
  useEffect(() => {
    const asked = (new URLSearchParams(location.search).get('q') ?? '').trim().slice(0, QUERY_MAX)
    if (query || !asked) return // the server already answered (or nothing was asked)
    setQ(asked)
    void (async () => {
      const editions: Edition[] = []
      for (const k of await readKept()) {
        const edition = await readKeptEdition(k)
        if (edition) editions.push(edition)
      }
      setHits(search(buildIndex(editions.flatMap(docsOf)), asked))
      const input = document.querySelector<HTMLInputElement>('#q')
      if (input) input.value = asked
    })()
  }, [query])
  if (!hits) return null
  return <SearchResults query={q} hits={hits} offline />
}
