// The stylesheet of each kind of page: small enough to inline whole (no extra round trip on one
// bar of signal), and no bigger than that kind needs. The content security policy allows each by
// its hash (core/security.ts).
import type { View } from '../view'
import { base, chrome } from './base'
import { article } from './article'
import { issue } from './issue'
import { lists } from './lists'
import { settings } from './settings'

const sheet = (...parts: string[]) => parts.join('').replace(/\n/g, '')

const SHEETS = {
  front: sheet(base, issue),
  page: sheet(base, chrome, issue),
  article: sheet(base, chrome, article),
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

export const cssFor = (kind: View['kind']): string => SHEETS[BY_KIND[kind]]

/** Every stylesheet a page may carry, for the content security policy. */
export const allSheets = (): string[] => Object.values(SHEETS)
