// The photos of the days being published: rendered (photos/renditions.ts) and written to R2
// before any page can name them, a few photos at a time so that memory stays small. A photo
// that two days share is rendered once.
import { readFile } from 'node:fs/promises'
import type { PhotoFile } from './compile/photos'
import { renditionsOf } from './photos/renditions'
import type { R2Object, WranglerR2 } from './wrangler-r2'

const PHOTOS_PER_WRITE = 20

export async function uploadPhotos(photos: PhotoFile[], r2: WranglerR2, say: (line: string) => void): Promise<void> {
  const unique = [...new Map(photos.map((p) => [p.photo.id, p])).values()]
  for (let i = 0; i < unique.length; i += PHOTOS_PER_WRITE) {
    const objects: R2Object[] = []
    for (const { photo, file } of unique.slice(i, i + PHOTOS_PER_WRITE))
      objects.push(...(await renditionsOf(await readFile(file), photo)))
    await r2.bulkPut(objects)
    const kb = Math.round(objects.reduce((n, o) => n + o.bytes.length, 0) / 1024)
    say(`uploaded ${Math.min(PHOTOS_PER_WRITE, unique.length - i)} photos (${objects.length} renditions, ${kb} KB)`)
  }
}
