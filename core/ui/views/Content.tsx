import { MineNav } from '../chrome/MineNav'
import { Island } from '../Island'
import SavedList from '../islands/SavedList.island'
import Settings from '../islands/Settings.island'
import type { View } from '../view'
import { ArchiveMonthView } from './ArchiveMonthView'
import { ArchiveView } from './ArchiveView'
import { ArchiveYearView } from './ArchiveYearView'
import { EditionContent } from './EditionContent'
import { ErrorView } from './ErrorView'
import { NewsItemView, NewsView } from './NewsView'
import { OfflineView } from './OfflineView'
import { SearchView } from './SearchView'

/** Every view the worker renders. */
export function Content({ view }: { view: View }) {
  switch (view.kind) {
    case 'front':
    case 'page':
    case 'article':
      return <EditionContent view={view} />
    case 'archive':
      return <ArchiveView index={view.index} />
    case 'archive-year':
      return <ArchiveYearView year={view.year} index={view.index} />
    case 'archive-month':
      return <ArchiveMonthView month={view.month} missing={view.missing} held={view.held ?? false} />
    case 'news':
      return <NewsView items={view.news.items} now={view.news.now} />
    case 'news-item':
      return <NewsItemView item={view.item} />
    case 'search':
      return <SearchView query={view.query} hits={view.hits} more={view.more} continued={view.continued} />
    case 'error':
      return <ErrorView status={view.status} message={view.message} />
    case 'offline':
      return <OfflineView />
    case 'saved':
      return (
        <>
          <MineNav current="saved" />
          <h1>收藏</h1>
          <Island>
            <SavedList />
          </Island>
        </>
      )
    case 'settings':
      return (
        <>
          <MineNav current="settings" />
          <h1>设置</h1>
          <Island>
            <Settings />
          </Island>
        </>
      )
  }
}
