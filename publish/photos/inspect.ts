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
    return refuse(`有 ${(bytes.length / 2 ** 20).toFixed(1)} MB，超过每张 ${MAX_BYTES / 2 ** 20} MB 的上限`)
  let meta: sharp.Metadata
  try {
    meta = await sharp(bytes, { limitInputPixels: false }).metadata()
  } catch {
    return refuse('无法读取：文件已损坏，或者不是图片')
  }
  if (!meta.format || !ACCEPTED.has(meta.format))
    return refuse(`是 ${meta.format ?? '不认识的'} 格式：请用 JPEG、PNG、WebP 或 AVIF`)
  if ((meta.pages ?? 1) > 1) return refuse('是动图（或有好几页）：只能发布静止的图片')
  const { width = 0, height = 0 } = meta
  if (width * height > MAX_PIXELS)
    return refuse(`有 ${width}×${height} 像素，超过每张 ${MAX_PIXELS / 1e4} 万像素的上限`)
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
