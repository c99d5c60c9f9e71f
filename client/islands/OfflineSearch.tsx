import { useEffect, useState } from 'preact/hooks'
import { search, buildIndex, type SearchHit } from '../search'
import { docsOf } from '../search/docs'
import { readKept } from '../lib/kept'
import { readKeptEdition } from '../lib/kept-edition'
import type { Edition } from '../../publish/schema'
import { SearchResults } from '../app/SearchView'

/**
 * Offline, the service worker answers /search with the empty page it keeps; this searches the
 * issues kept on the phone instead, with the same segmentation and ranking as the server.
 */
export default function OfflineSearch({ query }: { query: string }) {
  const [hits, setHits] = useState<SearchHit[] | null>(null)
  const [q, setQ] = useState('')
  useEffect(() => {
    const asked = (new URLSearchParams(location.search).get('q') ?? '').trim().slice(0, 64)
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
