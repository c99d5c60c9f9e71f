// The security headers of every page, as one table: the worker sends them with every response,
// the service worker with every page it renders offline, and the build writes them into
// _headers for the static assets. The content security policy allows exactly one inline script
// (the few lines that apply the reader's text size and theme before first paint) and the inline
// stylesheets (one for each kind of page), each by its hash.
import { PREFS_BOOT } from './render/boot'
import { allSheets } from './ui/styles'

async function sha256Base64(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text))
  return btoa(String.fromCharCode(...new Uint8Array(digest)))
}

/** Browser features no page of the paper uses: switched off (Permissions-Policy). */
export const DENIED_FEATURES = ['camera', 'microphone', 'geolocation', 'payment', 'usb'] as const

/** The content security policy, directive by directive. */
export async function cspDirectives(): Promise<Record<string, string[]>> {
  const [scriptHash, ...styleHashes] = await Promise.all([PREFS_BOOT, ...allSheets()].map(sha256Base64))
  return {
    'default-src': ["'self'"],
    'script-src': ["'self'", `'sha256-${scriptHash}'`],
    'style-src': ["'self'", ...styleHashes.map((h) => `'sha256-${h}'`)],
    'img-src': ["'self'", 'data:'],
    'connect-src': ["'self'"],
    'manifest-src': ["'self'"],
    'worker-src': ["'self'"],
    'font-src': ["'none'"],
    'object-src': ["'none'"],
    'base-uri': ["'none'"],
    'form-action': ["'self'"],
    'frame-ancestors': ["'none'"],
  }
}

const cspValue = (directives: Record<string, string[]>) =>
  Object.entries(directives)
    .map(([name, values]) => `${name} ${values.join(' ')}`)
    .join('; ')

/** Every security header, by name, with its value. */
export type SecurityHeaders = Record<string, string>

let table: Promise<SecurityHeaders> | undefined

/** The table: the same on every response of the worker and on every page the service worker renders. */
export function securityHeaders(): Promise<SecurityHeaders> {
  table ??= cspDirectives().then((csp) => ({
    'Content-Security-Policy': cspValue(csp),
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
    'Origin-Agent-Cluster': '?1',
    'Permissions-Policy': DENIED_FEATURES.map((feature) => `${feature}=()`).join(', '),
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'Strict-Transport-Security': 'max-age=31536000; includeSubDomains',
    'X-Content-Type-Options': 'nosniff',
    // No page of the paper may be framed.
    'X-Frame-Options': 'DENY',
    // Legacy headers, still read by older browsers: set to their safe values.
    'X-DNS-Prefetch-Control': 'off',
    'X-Download-Options': 'noopen',
    'X-Permitted-Cross-Domain-Policies': 'none',
    'X-XSS-Protection': '0',
  }))
  return table
}
