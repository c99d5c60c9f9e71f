// The newsroom's private preview of an issue before it goes live: a token that names one day, one
// version of it and an expiry, signed with HMAC-SHA-256 (Web Crypto) under PREVIEW_SECRET. The
// publisher signs it in Node, the worker checks it in workerd: the same code in both.
import { fromBase64url, toBase64url } from './base64url'

export interface Preview {
  /** The date, YYYY-MM-DD. */
  date: string
  /** The version uploaded (issue/<date>/<version>): what the preview shows, whatever goes live. */
  version: string
  /** Seconds since the epoch after which the token is refused. */
  expires: number
}

/** How long a preview lasts after its issue goes live: editors compare it with the live page. */
export const PREVIEW_AFTER_LIVE_SECONDS = 86_400

const SHAPE = /^(\d{4}-\d{2}-\d{2})\.([0-9a-f]{1,64})\.(\d{1,12})\.([A-Za-z0-9_-]{43})$/
const encoder = new TextEncoder()

const keyOf = (secret: string, use: 'sign' | 'verify') =>
  crypto.subtle.importKey('raw', encoder.encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, [use])

const payload = (p: Preview) => `${p.date}.${p.version}.${p.expires}`

/** The token for a preview: `<date>.<version>.<expires>.<signature>`, safe in a URL path. */
export async function signPreview(secret: string, preview: Preview): Promise<string> {
  const signature = await crypto.subtle.sign('HMAC', await keyOf(secret, 'sign'), encoder.encode(payload(preview)))
  return `${payload(preview)}.${toBase64url(new Uint8Array(signature))}`
}

/**
 * The preview a token names, if its signature holds and it has not expired at `now` (ms);
 * undefined for anything else, malformed, forged or late alike.
 */
export async function verifyPreview(secret: string, token: string, now: number): Promise<Preview | undefined> {
  if (!secret) return undefined
  const m = SHAPE.exec(token)
  if (!m) return undefined
  const [, date = '', version = '', expires = '', signature = ''] = m
  const preview = { date, version, expires: Number(expires) }
  // crypto.subtle.verify compares in constant time.
  const key = await keyOf(secret, 'verify')
  const sig = fromBase64url(signature)
  // One spelling per signature: the last character's spare bits may not vary.
  if (toBase64url(sig) !== signature) return undefined
  const good = await crypto.subtle.verify('HMAC', key, sig, encoder.encode(payload(preview)))
  return good && now < preview.expires * 1000 ? preview : undefined
}
