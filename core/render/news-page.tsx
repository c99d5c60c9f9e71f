// The 快讯 pages (/news, /news/<id>) as a whole HTML document, for the service worker's kept
// items: the same views the worker renders, and only those.
import type { Paper } from '../model'
import type { View } from '../ui/view'
import { NewsItemView, NewsView } from '../ui/views/NewsView'
import { renderViewDocument } from './view-document'

export type NewsPageView = Extract<View, { kind: 'news' | 'news-item' }>

export function renderNewsPage(paper: Paper, view: NewsPageView, page: URL, mainScript: string | undefined): string {
  const content =
    view.kind === 'news' ? <NewsView items={view.news.items} now={view.news.now} /> : <NewsItemView item={view.item} />
  return renderViewDocument(paper, view, page, mainScript, content)
}
