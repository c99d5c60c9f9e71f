// The stylesheets pages link rather than inline (core/ui/styles/linked.ts): named by their
// content's hash, so kept a year and never revalidated.
import { Hono } from 'hono'
import { linkedSheet } from '../core/ui/styles/linked'
import { refuse } from './errors'
import type { Env } from './render'

export const styles = new Hono<Env>()

styles.get('/:file', (c) => {
  const css = linkedSheet(c.req.path)
  if (css === undefined) return refuse(c, 404)
  return c.body(css, 200, {
    'Content-Type': 'text/css; charset=utf-8',
    'Cache-Control': 'public, max-age=31536000, immutable',
  })
})
