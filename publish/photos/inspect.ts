// A figure's photo file, checked and described before anything is written: a real, still image
// within the caps, its size once turned upright, the widths it will be rendered at, and a tiny
// blurred preview for the page. Its renditions are made later, at upload (renditions.ts).
import { createHash } from 'node:crypto'
import sharp from 'sharp'
import type { Photo } from '../../core/model'
import { previewOf } from './preview'
import { MAX_BYTES, MAX_PIXELS, RENDITION_SETTINGS, WIDTHS } from './settings'

/** Formats a newsroom's camera or editor gives; anything else is refused. */
const ACCEPTED = new Set(['jpeg', 'png', 'webp', 'avif', 'heif'])

export type Inspected = { ok: true; photo: Photo } | { ok: false; problem: string }

const refuse = (problem: string): Inspected => ({ ok: false, problem })

export async function inspectPhoto(bytes: Buffer): Promise<Inspected> {
  if (bytes.length > MAX_BYTES)
    return refuse(`is ${(bytes.length / 2 ** 20).toFixed(1)} MB: a photo may be at most ${MAX_BYTES / 2 ** 20} MB`)
  let meta: sharp.Metadata
  try {
    meta = await sharp(bytes, { limitInputPixels: false }).metadata()
  } catch {
    return refuse('is not an image sharp can read (corrupt, or not a photo at all)')
  }
  if (!meta.format || !ACCEPTED.has(meta.format))
    return refuse(`is ${meta.format ?? 'of an unknown format'}: use JPEG, PNG, WebP or AVIF`)
  if ((meta.pages ?? 1) > 1) return refuse('is animated (or has several pages): only still photos are published')
  const { width = 0, height = 0 } = meta
  if (width * height > MAX_PIXELS)
    return refuse(`is ${width}×${height} pixels: a photo may have at most ${MAX_PIXELS / 1e6} million`)
  // Orientations 5–8 turn the picture a quarter: its upright size swaps.
  const turned = (meta.orientation ?? 1) >= 5
  const w = turned ? height : width
  const h = turned ? width : height

  let preview: string
  try {
    // Making the preview decodes the whole image (not just its header): a file cut short or
    // damaged inside fails here.
    preview = await previewOf(sharp(bytes, { failOn: 'warning' }).rotate().toColourspace('srgb'), w, h)
  } catch (e) {
    return refuse(`is damaged: ${(e as Error).message.split('\n')[0]}`)
  }
  const id = createHash('sha256').update(RENDITION_SETTINGS).update(bytes).digest('hex').slice(0, 16)
  // The standard widths the photo is wider than, and its own width up to the widest.
  const widths = [...new Set([...WIDTHS.filter((x) => x < w), Math.min(w, WIDTHS.at(-1)!)])]
  return { ok: true, photo: { id, w, h, widths, preview } }
}
