// Security headers for every response. The CSP (client/render/policy.ts) allows one inline script
// and one inline stylesheet by hash: a page replayed from a cache carries the same two, so the
// same hashes still hold.
import type { MiddlewareHandler } from 'hono'
import { secureHeaders } from 'hono/secure-headers'
import { cspDirectives, DENIED_FEATURES, FRAME_OPTIONS, REFERRER_POLICY } from '../client/render/policy'

let middleware: Promise<MiddlewareHandler> | undefined

function build(contentSecurityPolicy: Record<string, string[]>): MiddlewareHandler {
  return secureHeaders({
    contentSecurityPolicy,
    strictTransportSecurity: 'max-age=31536000; includeSubDomains',
    xFrameOptions: FRAME_OPTIONS,
    referrerPolicy: REFERRER_POLICY,
    permissionsPolicy: Object.fromEntries(DENIED_FEATURES.map((feature) => [feature, []])),
  })
}

export const securityHeaders: MiddlewareHandler = async (c, next) => {
  middleware ??= cspDirectives().then(build)
  return (await middleware)(c, next)
}
