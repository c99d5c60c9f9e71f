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
 * `source`: a photo file, or a picture already decoded (a printed page, publish/print/). A photo
 * file's widths are encoded one after another, each width's formats at once (sharp runs each on a
 * thread of its own; decoding a large photo nine times at once would take gigabytes). A decoded
 * picture is small beside that: all its renditions are encoded at once.
 */
export async function renditionsOf(
  source: Buffer | sharp.Sharp,
  photo: Photo,
  formats: readonly Format[] = FORMATS,
): Promise<Rendition[]> {
  const file = Buffer.isBuffer(source)
  const decoded = file ? sharp(source).rotate() : source
  const encode = (width: number) => {
    const upright = decoded.clone().toColourspace('srgb').resize(width)
    return formats.map(async (f) => {
      const image = upright.clone()
      const bytes = await (f.ext === 'avif'
        ? image.avif(f.options)
        : f.ext === 'webp'
          ? image.webp(f.options)
          : image.jpeg(f.options)
      ).toBuffer()
      return { key: photoKey(photo.id, width, f.ext), type: f.type, bytes }
    })
  }
  if (!file) return Promise.all(photo.widths.flatMap(encode))
  const out: Rendition[] = []
  for (const width of photo.widths) out.push(...(await Promise.all(encode(width))))
  return out
}
