// /photos/<id>-<width>.<format>: a photo's rendition from R2. Its name is a hash of its source
// and settings, so it never changes: cached for a year, immutable, revalidated by ETag.
import { Hono } from 'hono'
import { PHOTO_KEY, PHOTO_TYPES, type PhotoExt } from '../core/photos'
import type { Env } from './render'
import { fromStore } from './storage-fault'

export const photos = new Hono<Env>()

const NOT_FOUND = () =>
  new Response('没有这张图片。', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } })

photos.get('/:name', async (c) => {
  const name = c.req.param('name')
  const ext = PHOTO_KEY.exec(name)?.[3] as PhotoExt | undefined
  if (!ext) return NOT_FOUND()
  // With If-None-Match, R2 answers without the body when the reader's copy is current.
  const object = await fromStore('R2', `get ${name}`, () => c.env.PHOTOS.get(name, { onlyIf: c.req.raw.headers }))
  if (!object) return NOT_FOUND()
  const headers = {
    'Content-Type': PHOTO_TYPES[ext],
    'Cache-Control': 'public, max-age=31536000, immutable',
    ETag: object.httpEtag,
  }
  if (!('body' in object)) return new Response(null, { status: 304, headers })
  return new Response(object.body, { headers: { ...headers, 'Content-Length': String(object.size) } })
})
