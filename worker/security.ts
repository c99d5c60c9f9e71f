// Every response carries the security headers of core/security.ts: the same table the service
// worker sends with the pages it renders offline.
import type { MiddlewareHandler } from 'hono'
import { securityHeaders } from '../core/security'

export const withSecurityHeaders: MiddlewareHandler = async (c, next) => {
  await next()
  for (const [name, value] of Object.entries(await securityHeaders())) c.res.headers.set(name, value)
}
