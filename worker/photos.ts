// /photos/<id>-<width>.<format>: a rendition of a photo or of a printed page, from R2.
import { Hono } from 'hono'
import { PHOTO_KEY, PHOTO_TYPES, type PhotoExt } from '../core/photos'
import { serveObject } from './r2-object'
import { type Env, errorView } from './render'

export const photos = new Hono<Env>()

photos.get('/:name', (c) => {
  const name = c.req.param('name')
  const ext = PHOTO_KEY.exec(name)?.[3] as PhotoExt | undefined
  const notFound = () => errorView(c, 404, '没有这张图片。')
  if (!ext) return notFound()
  return serveObject(c, name, { 'Content-Type': PHOTO_TYPES[ext] }, notFound)
})
