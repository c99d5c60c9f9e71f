// The stylesheet of each kind of page: small enough to inline whole (no extra round trip on one
// bar of signal), and no bigger than that kind needs. The content security policy allows each by
// its hash (core/security.ts).
import { DAY_MS, within } from '../../news'
import { leadPhoto } from '../../photos'
import type { View } from '../view'
import { article } from './article'
import { base, chrome } from './base'
import { issue } from './issue'
import { lists } from './lists'
import { news } from './news'
import { photos } from './photos'
import { print } from './print'
import { settings } from './settings'

const sheet = (...parts: string[]) => parts.join('').replace(/\n/g, '')

const SHEETS = {
  front: sheet(base, issue),
  frontNews: sheet(base, issue, news),
  page: sheet(base, chrome, issue),
  printedPage: sheet(base, chrome, issue, photos, print),
  article: sheet(base, chrome, article),
  photoArticle: sheet(base, chrome, article, photos),
  lists: sheet(base, chrome, lists, news),
  settings: sheet(base, chrome, settings),
  plain: sheet(base, chrome),
} as const

const BY_KIND: Record<View['kind'], keyof typeof SHEETS> = {
  front: 'front',
  page: 'page',
  article: 'article',
  archive: 'lists',
  'archive-year': 'lists',
  'archive-month': 'lists',
  search: 'lists',
  news: 'lists',
  'news-item': 'article',
  saved: 'lists',
  settings: 'settings',
  error: 'plain',
  offline: 'plain',
}

const hasPhotos = (view: View) => view.kind === 'article' && leadPhoto(view.article) !== undefined
const hasPrint = (view: View) => view.kind === 'page' && view.page.print !== undefined
/** The front page carries the 快讯 rules only when it shows 快讯. */
const hasNews = (view: View) =>
  view.kind === 'front' && view.news !== undefined && within(view.news.items, view.news.now, DAY_MS).length > 0

/** The stylesheet of a view: its kind's, and the photos' and printed page's rules only where they are. */
export const cssFor = (view: View): string =>
  SHEETS[
    hasPhotos(view) ? 'photoArticle' : hasPrint(view) ? 'printedPage' : hasNews(view) ? 'frontNews' : BY_KIND[view.kind]
  ]

/** Every stylesheet a page may carry, for the content security policy. */
export const allSheets = (): string[] => Object.values(SHEETS)
