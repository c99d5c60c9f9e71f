// What a page shows, as plain data: the worker renders it, the browser hydrates its islands, and
// the service worker renders the pages of kept issues from the same data.
import type { Archive, Article, Edition, Page } from '../model'
import type { SearchHit } from '../search/index'

/** The pages of one issue: all the service worker renders. */
export type EditionView =
  | { kind: 'front'; edition: Edition; latest: boolean }
  | { kind: 'page'; edition: Edition; page: Page }
  | { kind: 'article'; edition: Edition; article: Article }

export type View =
  | EditionView
  | { kind: 'archive'; archive: Archive }
  | { kind: 'search'; query: string; hits: SearchHit[] }
  | { kind: 'error'; status: 400 | 404 | 503; message: string }
  | { kind: 'saved' }
  | { kind: 'settings' }
  | { kind: 'offline' }

export interface Site {
  name: string
  description: string
}
