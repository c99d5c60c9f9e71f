// What a page shows, as plain data: the worker renders it, the browser hydrates its islands, and
// the service worker renders the pages of kept issues from the same data.
import type { ArchiveIndex, ArchiveMonth, Article, Edition, FlashItem, Page } from '../model'
import type { SearchHit } from '../search/index'

/** The pages of one issue: all the service worker renders. */
/** 快讯 as a page shows them: the items, the moment it is rendered, and (offline) when they were kept. */
export interface NewsAt {
  items: FlashItem[]
  now: string
  updated?: string
}

export type EditionView =
  /**
   * `news`: the newest issue's front page shows the 快讯 of the last 24 hours above it. `held`: as
   * for an article's photos, the thumbnails come only when the reader wants them.
   */
  | { kind: 'front'; edition: Edition; latest: boolean; news?: NewsAt; held?: boolean }
  /** `held`: as for an article's photos, the printed page's image comes only when tapped. */
  | { kind: 'page'; edition: Edition; page: Page; held?: boolean }
  /** `held`: the server was asked to save data (Save-Data), so photos come only when tapped. */
  | { kind: 'article'; edition: Edition; article: Article; held?: boolean }

/**
 * What an error page can say: a bad address (400, or 414 when too long), nothing there, a method
 * other than reading (405), a precondition that does not hold (412), storage unreadable, or a bug (500).
 */
export type ErrorStatus = 400 | 404 | 405 | 412 | 414 | 500 | 503

export type View =
  | EditionView
  | { kind: 'archive'; index: ArchiveIndex }
  | { kind: 'archive-year'; year: string; index: ArchiveIndex }
  | { kind: 'archive-month'; month: ArchiveMonth; missing?: string; held?: boolean }
  | { kind: 'search'; query: string; hits: SearchHit[]; more?: string; continued?: boolean }
  | { kind: 'error'; status: ErrorStatus; message: string }
  | { kind: 'news'; news: NewsAt }
  | { kind: 'news-item'; item: FlashItem }
  | { kind: 'saved' }
  | { kind: 'settings' }
  | { kind: 'offline' }
