// What a page shows, as plain data: the server renders it, the browser hydrates it (and the
// service worker can render it offline from cached JSON).
import type { Archive, Article, Edition, Page } from '../../publish/schema'
import type { SearchHit } from '../search'

export type View =
  | { kind: 'front'; edition: Edition; latest: boolean }
  | { kind: 'page'; edition: Edition; page: Page }
  | { kind: 'article'; edition: Edition; article: Article }
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
