// Messages between the page and the service worker.

/** The Periodic Background Sync tag: the page registers it (installed app), the worker answers it. */
export const PERIODIC_TAG = 'zzrb-latest'

export type SwMessage =
  | { type: 'SKIP_WAITING' }
  /** Every visit: download what is new. It carries the reader's low-data mode, which comes first. */
  | { type: 'sync'; lowData: boolean }
  | { type: 'keep'; date: string; version: string }
  | { type: 'clear' }
  /** The reader's low-data mode, told on every start and on every change. */
  | { type: 'prefs'; lowData: boolean }
  | { type: 'save-page'; url: string }
  | { type: 'unsave-page'; url: string }
  | { type: 'edition-ready'; date: string; articles: number; replaced: string | null }
  | { type: 'kept'; date: string; bytes: number }
  | { type: 'cleared' }
  | { type: 'synced' }
  | { type: 'sync-failed' }
