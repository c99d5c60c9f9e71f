// The stylesheet of each kind of page: small enough to inline whole (no extra round trip on one
// bar of signal), and no bigger than that kind needs. The content security policy allows each by
// its hash (core/security.ts).
import { leadPhoto } from '../../photos'
import type { View } from '../view'
import { article } from './article'
import { base, chrome } from './base'
import { issue } from './issue'
import { lists } from './lists'
import { photos } from './photos'
import { print } from './print'
import { settings } from './settings'

const sheet = (...parts: string[]) => parts.join('').replace(/\n/g, '')

const SHEETS = {
  front: sheet(base, issue),
  page: sheet(base, chrome, issue),
  printedPage: sheet(base, chrome, issue, photos, print),
  article: sheet(base, chrome, article),
  photoArticle: sheet(base, chrome, article, photos),
  lists: sheet(base, chrome, lists),
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
  saved: 'lists',
  settings: 'settings',
  error: 'plain',
  offline: 'plain',
}

const hasPhotos = (view: View) => view.kind === 'article' && leadPhoto(view.article) !== undefined
const hasPrint = (view: View) => view.kind === 'page' && view.page.print !== undefined

/** The stylesheet of a view: its kind's, and the photos' and printed page's rules only where they are. */
export const cssFor = (view: View): string =>
  SHEETS[hasPhotos(view) ? 'photoArticle' : hasPrint(view) ? 'printedPage' : BY_KIND[view.kind]]

/** Every stylesheet a page may carry, for the content security policy. */
export const allSheets = (): string[] => Object.values(SHEETS)
