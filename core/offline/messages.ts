// Messages between the page and the service worker.
export type SwMessage =
  | { type: 'SKIP_WAITING' }
  | { type: 'sync' }
  | { type: 'keep'; date: string; version: string }
  | { type: 'clear' }
  | { type: 'save-page'; url: string }
  | { type: 'unsave-page'; url: string }
  | { type: 'edition-ready'; date: string; articles: number; replaced: string | null }
  | { type: 'kept'; date: string; bytes: number }
  | { type: 'cleared' }
  | { type: 'synced' }
  | { type: 'sync-failed' }
