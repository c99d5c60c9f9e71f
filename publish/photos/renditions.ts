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

export async function renditionsOf(source: Buffer, photo: Photo): Promise<Rendition[]> {
  const out: Rendition[] = []
  for (const width of photo.widths) {
    const upright = sharp(source).rotate().toColourspace('srgb').resize(width)
    for (const f of FORMATS) {
      const image = upright.clone()
      const bytes = await (f.ext === 'avif'
        ? image.avif(f.options)
        : f.ext === 'webp'
          ? image.webp(f.options)
          : image.jpeg(f.options)
      ).toBuffer()
      out.push({ key: photoKey(photo.id, width, f.ext as PhotoExt), type: f.type, bytes })
    }
  }
  return out
}
