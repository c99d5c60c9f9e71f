// A photo's renditions, made at upload: each width in AVIF, WebP and JPEG, turned upright,
// converted to sRGB, and stripped of every piece of metadata (sharp writes none unless asked):
// no EXIF, no GPS, no camera serial, no embedded profile.
import sharp from 'sharp'
import type { Photo } from '../../core/model'
import { type PhotoExt, photoKey } from '../../core/photos'
import { FORMATS } from './settings'

export interface Rendition {
  key: string
  type: string
  bytes: Buffer
}

type Format = { ext: PhotoExt; type: string; options: object }

/**
 * `source`: a photo file, or a decoded picture (a printed page, publish/print/). Each rendition's
 * formats are encoded at once: sharp runs them on its own threads, one core each.
 */
export async function renditionsOf(
  source: Buffer | sharp.Sharp,
  photo: Photo,
  formats: readonly Format[] = FORMATS,
): Promise<Rendition[]> {
  const out: Rendition[] = []
  const decoded = Buffer.isBuffer(source) ? sharp(source).rotate() : source
  for (const width of photo.widths) {
    const upright = decoded.clone().toColourspace('srgb').resize(width)
    const encoded = formats.map(async (f) => {
      const image = upright.clone()
      const bytes = await (f.ext === 'avif'
        ? image.avif(f.options)
        : f.ext === 'webp'
          ? image.webp(f.options)
          : image.jpeg(f.options)
      ).toBuffer()
      return { key: photoKey(photo.id, width, f.ext), type: f.type, bytes }
    })
    out.push(...(await Promise.all(encoded)))
  }
  return out
}
