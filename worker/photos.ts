// /photos/<id>-<width>.<format>: a photo's rendition from R2. Its name is a hash of its source
// and settings, so it never changes: cached for a year, immutable, revalidated by ETag.
import { type Context, Hono } from 'hono'
import { PHOTO_KEY, PHOTO_TYPES, type PhotoExt } from '../core/photos'
import { refuse } from './errors'
import { evaluate, hasPreconditions, notModified } from './http/conditional'
import { httpDate } from './http/fields'
import { IMMUTABLE } from './http/freshness'
import { type Env, errorView } from './render'
import { fromStore } from './storage-fault'

export const photos = new Hono<Env>()

const notFound = (c: Context<Env>) => errorView(c, 404, '没有这张图片。')

photos.get('/:name', async (c) => {
  const name = c.req.param('name')
  const ext = PHOTO_KEY.exec(name)?.[3] as PhotoExt | undefined
  if (!ext) return notFound(c)
  const { method, headers: asked } = c.req.raw
  // A HEAD, or a request with preconditions (nearly always answered 304), reads only the metadata.
  const head = method === 'HEAD' || hasPreconditions(asked)
  const object = await fromStore('R2', `${head ? 'head' : 'get'} ${name}`, () =>
    head ? c.env.PHOTOS.head(name) : c.env.PHOTOS.get(name),
  )
  if (!object) return notFound(c)
  const headers = new Headers({
    'Content-Type': PHOTO_TYPES[ext],
    'Content-Length': String(object.size),
    'Cache-Control': IMMUTABLE,
    ETag: object.httpEtag,
    'Last-Modified': httpDate(object.uploaded),
  })
  const verdict = evaluate(method, asked, { etag: object.httpEtag, lastModified: headers.get('Last-Modified') })
  if (verdict === 304) return notModified(headers)
  if (verdict === 412) return refuse(c, 412)
  if (method === 'HEAD') return new Response(null, { headers })
  const whole =
    'body' in object ? (object as R2ObjectBody) : await fromStore('R2', `get ${name}`, () => c.env.PHOTOS.get(name))
  return whole ? new Response(whole.body, { headers }) : notFound(c)
})
