// The stylesheet of each kind of page: small enough to inline whole (no extra round trip on one
// bar of signal), and no bigger than that kind needs. The content security policy allows each by
// its hash (core/security.ts).
import { DAY_MS, within } from '../../news'
import type { View } from '../view'
import { article } from './article'
import { base, chrome } from './base'
import { calendar } from './calendar'
import { issue } from './issue'
import { lists } from './lists'
import { news } from './news'
import { photos } from './photos'
import { print } from './print'
import { settings } from './settings'
import { thumbs } from './thumbs'

const sheet = (...parts: string[]) => parts.join('').replace(/\n/g, '')

const SHEETS = {
  front: sheet(base, issue),
  frontNews: sheet(base, issue, news),
  page: sheet(base, chrome, issue),
  printedPage: sheet(base, chrome, issue, photos, print),
  article: sheet(base, chrome, article),
  lists: sheet(base, chrome, lists, news, calendar),
  settings: sheet(base, chrome, settings),
  plain: sheet(base, chrome),
} as const

/** The sheets of lists that may show thumbnails, again with the thumbnails' rules. */
const THUMBED = ['front', 'frontNews', 'page', 'printedPage', 'lists'] as const
const WITH_THUMBS: Partial<Record<keyof typeof SHEETS, string>> = Object.fromEntries(
  THUMBED.map((k) => [k, SHEETS[k] + sheet(thumbs)]),
)

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

const hasPrint = (view: View) => view.kind === 'page' && view.page.print !== undefined
/** The front page carries the 快讯 rules only when it shows 快讯. */
const hasNews = (view: View) =>
  view.kind === 'front' && view.news !== undefined && within(view.news.items, view.news.now, DAY_MS).length > 0

/** Lists with a photo among them; 收藏 is listed by its island, and search offline, so they may have one any time. */
const hasThumbs = (view: View) =>
  view.kind === 'front'
    ? view.edition.issue.pages.some((p) => p.articles.some((a) => a.thumb))
    : view.kind === 'page'
      ? view.page.articles.some((a) => a.thumb)
      : view.kind === 'archive-month'
        ? view.month.issues.some((e) => e.thumb)
        : view.kind === 'saved' || view.kind === 'search'

/** The stylesheet of a view: its kind's, and the photos', printed page's and thumbnails' rules only where they are. */
export const cssFor = (view: View): string => {
  const kind = hasPrint(view) ? 'printedPage' : hasNews(view) ? 'frontNews' : BY_KIND[view.kind]
  return (hasThumbs(view) && WITH_THUMBS[kind]) || SHEETS[kind]
}

/** Every stylesheet a page may carry, for the content security policy. */
export const allSheets = (): string[] => [...Object.values(SHEETS), ...Object.values(WITH_THUMBS)]
