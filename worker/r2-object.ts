// An immutable object from R2 (a photo's rendition, a print PDF), answered by the RFC: its name
// is a hash of its content, so it is cached for a year and revalidated by ETag. A HEAD, or a
// request with preconditions (nearly always answered 304), reads only the metadata.
import type { Context } from 'hono'
import { refuse } from './errors'
import { evaluate, hasPreconditions, notModified } from './http/conditional'
import { httpDate } from './http/fields'
import { IMMUTABLE } from './http/freshness'
import type { Env } from './render'
import { fromStore } from './storage-fault'

export async function serveObject(
  c: Context<Env>,
  key: string,
  fields: Record<string, string>,
  notFound: () => Response | Promise<Response>,
): Promise<Response> {
  const { method, headers: asked } = c.req.raw
  const head = method === 'HEAD' || hasPreconditions(asked)
  const object = await fromStore('R2', `${head ? 'head' : 'get'} ${key}`, () =>
    head ? c.env.PHOTOS.head(key) : c.env.PHOTOS.get(key),
  )
  if (!object) return notFound()
  const headers = new Headers({
    ...fields,
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
    'body' in object ? (object as R2ObjectBody) : await fromStore('R2', `get ${key}`, () => c.env.PHOTOS.get(key))
  return whole ? new Response(whole.body, { headers }) : notFound()
}
