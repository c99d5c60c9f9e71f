// Photos' names and addresses, for the publisher (which writes them to R2), the worker (which
// serves them), the pages (which ask for them) and the service worker (which keeps them).
import type { Article, Block, Figure, Photo } from './model'

export const PHOTO_TYPES = { avif: 'image/avif', webp: 'image/webp', jpg: 'image/jpeg' } as const
export type PhotoExt = keyof typeof PHOTO_TYPES

/** A rendition's name: the photo's id, its width, its format. Also its key in R2. */
export const photoKey = (id: string, width: number, ext: PhotoExt) => `${id}-${width}.${ext}`
export const PHOTO_KEY = /^([0-9a-f]{16})-(\d{2,4})\.(avif|webp|jpg)$/

export const photoUrl = (id: string, width: number, ext: PhotoExt) => `/photos/${photoKey(id, width, ext)}`

/** An article's lead photo: its first. */
export const leadPhoto = (a: Pick<Article, 'body'>): Photo | undefined => a.body.find(hasPhoto)?.photo

export const hasPhoto = (b: Block): b is Figure & { photo: Photo } => b.t === 'figure' && b.photo !== undefined

/** The rendition a phone keeps offline: the narrowest, in WebP, which every browser with a service worker shows. */
export const keptRendition = (p: Photo) => photoUrl(p.id, p.widths[0]!, 'webp')
