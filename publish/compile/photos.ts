// The photos an article's figures name: each file read and checked (publish/photos/inspect.ts),
// its description put on its figure, or its problem reported by file, line and field. The files
// themselves are rendered and uploaded only when their day is published (publish/upload-photos.ts).
import { readFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import type { Photo } from '../../core/model'
import { inspectPhoto } from '../photos/inspect'
import type { PendingPhoto } from './markdown'
import type { Problems } from './problems'

/** A published photo and its source file. */
export interface PhotoFile {
  photo: Photo
  file: string
}

export async function attachPhotos(article: string, pending: PendingPhoto[], problems: Problems): Promise<PhotoFile[]> {
  const out: PhotoFile[] = []
  for (const p of pending) {
    const file = join(dirname(article), p.src)
    const at = { line: p.line, field: 'src' }
    const bytes = await readFile(file).catch(() => undefined)
    if (!bytes) {
      problems.add(article, `图片“${p.src}”读不出来`, at)
      continue
    }
    const inspected = await inspectPhoto(bytes)
    if (!inspected.ok) {
      problems.add(article, `图片“${p.src}”${inspected.problem}`, at)
      continue
    }
    p.figure.photo = inspected.photo
    out.push({ photo: inspected.photo, file })
  }
  return out
}
