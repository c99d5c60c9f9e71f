// Security headers for every response. The CSP allows exactly one inline script (the few lines
// that apply the reader's text size and theme before first paint) and one inline stylesheet, each
// by its hash: a page replayed from a cache carries the same two, so the same hashes still hold.
import type { MiddlewareHandler } from 'hono'
import { secureHeaders } from 'hono/secure-headers'
import { css } from '../client/app/styles'
import { PREFS_BOOT } from '../client/lib/prefs'

async function sha256Base64(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text))
  return btoa(String.fromCharCode(...new Uint8Array(digest)))
}

let middleware: Promise<MiddlewareHandler> | undefined

function build([styleHash, scriptHash]: string[]): MiddlewareHandler {
  return secureHeaders({
    contentSecurityPolicy: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'", `'sha256-${scriptHash}'`],
      styleSrc: [`'sha256-${styleHash}'`],
      imgSrc: ["'self'", 'data:'],
      connectSrc: ["'self'"],
      manifestSrc: ["'self'"],
      workerSrc: ["'self'"],
      fontSrc: ["'none'"],
      objectSrc: ["'none'"],
      baseUri: ["'none'"],
      formAction: ["'self'"],
      frameAncestors: ["'none'"],
    },
    strictTransportSecurity: 'max-age=31536000; includeSubDomains',
    xFrameOptions: 'DENY',
    referrerPolicy: 'strict-origin-when-cross-origin',
    permissionsPolicy: { camera: [], microphone: [], geolocation: [], payment: [], usb: [] },
  })
}

export const securityHeaders: MiddlewareHandler = async (c, next) => {
  middleware ??= Promise.all([sha256Base64(css), sha256Base64(PREFS_BOOT)]).then(build)
  return (await middleware)(c, next)
}
