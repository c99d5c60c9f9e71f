// The photos of the days being published: rendered (photos/renditions.ts) and written to R2
// before any page can name them, a few photos at a time so that memory stays small. A photo
// that two days share is rendered once.
import { readFile } from 'node:fs/promises'
import { inParallel } from '../core/ledger/write-kv'
import type { PhotoFile } from './compile/photos'
import { type Rendition, renditionsOf } from './photos/renditions'
import type { Progress } from './progress'

const PHOTOS_PER_WRITE = 20

export async function uploadPhotos(
  photos: PhotoFile[],
  r2: R2Bucket,
  say: (line: string) => void,
  progress?: Progress,
): Promise<void> {
  const unique = [...new Map(photos.map((p) => [p.photo.id, p])).values()]
  for (let i = 0; i < unique.length; i += PHOTOS_PER_WRITE) {
    const renditions: Rendition[] = []
    let n = i
    for (const { photo, file } of unique.slice(i, i + PHOTOS_PER_WRITE)) {
      renditions.push(...(await renditionsOf(await readFile(file), photo)))
      progress?.step('照片', ++n, unique.length)
    }
    await inParallel(renditions, async (r) => {
      // A copy with a buffer of its own: the bindings' proxy refuses a view into a larger pool.
      await r2.put(r.key, new Uint8Array(r.bytes), { httpMetadata: { contentType: r.type } })
    })
    const kb = Math.round(renditions.reduce((n, r) => n + r.bytes.length, 0) / 1024)
    say(`已上传 ${Math.min(PHOTOS_PER_WRITE, unique.length - i)} 张照片（${renditions.length} 个尺寸，${kb} KB）`)
  }
}
