// The content security policy, shared by the worker (every response) and the service worker
// (the pages it renders offline). It allows exactly one inline script (the few lines that apply
// the reader's text size and theme before first paint) and one inline stylesheet, each by hash.
import { css } from '../app/styles'
import { PREFS_BOOT } from '../lib/prefs'

async function sha256Base64(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text))
  return btoa(String.fromCharCode(...new Uint8Array(digest)))
}

/** CSP directives in the camelCase form hono's secureHeaders takes. */
export async function cspDirectives(): Promise<Record<string, string[]>> {
  const [styleHash, scriptHash] = await Promise.all([sha256Base64(css), sha256Base64(PREFS_BOOT)])
  return {
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
  }
}

export const REFERRER_POLICY = 'strict-origin-when-cross-origin'
/** No page of the paper may be framed. */
export const FRAME_OPTIONS = 'DENY'

/** Browser features no page of the paper uses: switched off (Permissions-Policy). */
export const DENIED_FEATURES = ['camera', 'microphone', 'geolocation', 'payment', 'usb'] as const

/** The same directives as a header value. */
export function cspHeader(directives: Record<string, string[]>): string {
  return Object.entries(directives)
    .map(([name, values]) => `${name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)} ${values.join(' ')}`)
    .join('; ')
}
