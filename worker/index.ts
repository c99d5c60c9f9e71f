// The reader's worker: every request is routed by Hono; content comes from KV only.
import { Hono } from 'hono'
import { etag } from 'hono/etag'
import { secureHeaders } from 'hono/secure-headers'
import { api } from './api'

const app = new Hono<{ Bindings: Env }>()

app.use(
  secureHeaders({
    contentSecurityPolicy: {
      defaultSrc: ["'self'"],
      baseUri: ["'none'"],
      objectSrc: ["'none'"],
      frameAncestors: ["'none'"],
      formAction: ["'self'"],
    },
    strictTransportSecurity: 'max-age=31536000; includeSubDomains',
    referrerPolicy: 'strict-origin-when-cross-origin',
    permissionsPolicy: { camera: [], microphone: [], geolocation: [] },
  }),
)
app.use(etag())
app.route('/api', api)

app.notFound((c) => c.text('404 页面不存在', 404))
app.onError((err, c) => {
  console.error(err)
  return c.text('服务暂时不可用，请稍后再试。', 500)
})

export default app
