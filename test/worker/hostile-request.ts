// Hostile requests for the router's property test: any method, paths, query strings and headers
// built from characters of every Unicode general category, sent as raw bytes or percent-encoded
// (UTF-8; a lone surrogate as the three bytes WTF-8 gives it, since no UTF-8 holds one). Header
// values are ASCII on the wire: other characters percent-encoded.
import fc from 'fast-check'
import { CATEGORIES, type Category, charactersByCategory } from './unicode'

/** Up to 512 characters of each general category, spread over it. */
const BY_CATEGORY = charactersByCategory(512)

/** One character of one of the categories (a lone surrogate is one UTF-16 unit). */
const charOf = (categories: readonly Category[]) =>
  fc.constantFrom(...categories).chain((c) => fc.constantFrom(...BY_CATEGORY[c]))
export const anyChar = charOf(CATEGORIES)
/** Letters, marks and digits: what a word is made of in any script (a mark inside a word, say). */
const wordChar = charOf(['Lu', 'Ll', 'Lt', 'Lm', 'Lo', 'Mn', 'Mc', 'Me', 'Nd', 'Nl', 'No'])

const ascii = fc.constantFrom(...'abz09-._~!$&\'()*+,;=:@/?#[]%" <>\\^`{|}'.split(''))
/** Text mixing every category with the ASCII characters URLs treat specially. */
export const hostileText = fc
  .oneof(
    fc.array(fc.oneof({ weight: 3, arbitrary: anyChar }, { weight: 1, arbitrary: ascii }), { maxLength: 12 }),
    fc.array(fc.oneof({ weight: 3, arbitrary: wordChar }, { weight: 1, arbitrary: fc.constantFrom('a', 'z', '株') }), {
      minLength: 2,
      maxLength: 8,
    }),
  )
  .map((cs) => cs.join(''))

/** UTF-8 bytes, with a lone surrogate as WTF-8's three bytes. */
export function bytesOf(text: string): number[] {
  const out: number[] = []
  for (const ch of text) {
    const cp = ch.codePointAt(0)!
    if (cp < 0x80) out.push(cp)
    else if (cp < 0x800) out.push(0xc0 | (cp >> 6), 0x80 | (cp & 63))
    else if (cp < 0x10000) out.push(0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63))
    else out.push(0xf0 | (cp >> 18), 0x80 | ((cp >> 12) & 63), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63))
  }
  return out
}

const percent = (text: string) =>
  bytesOf(text)
    .map((b) =>
      /[A-Za-z0-9\-._~]/.test(String.fromCharCode(b))
        ? String.fromCharCode(b)
        : `%${b.toString(16).toUpperCase().padStart(2, '0')}`,
    )
    .join('')
/** Raw where a URL may hold the character (the URL parser encodes it), percent-encoded where it cannot: a lone surrogate. */
const raw = (text: string) => text.replace(/\p{Cs}/gu, percent)

/** A piece of URL: the text percent-encoded, or as it is. */
export const urlPiece = (text: fc.Arbitrary<string>) =>
  fc.tuple(text, fc.boolean()).map(([t, encode]) => (encode ? percent(t) : raw(t)))

/**
 * A header value: ASCII as it is, anything else percent-encoded (workerd would send other characters
 * as UTF-8, logging a warning for each request); never CR, LF or NUL, which no request can carry.
 */
export const headerValue = fc
  .tuple(
    fc.oneof(hostileText, fc.constantFrom('*', 'W/"x"', '"a', 'garbage', 'on', 'Thu, 01 Jan 1970 00:00:00 GMT')),
    fc.boolean(),
  )
  .map(([t, encode]) => (encode ? percent(t) : t.replace(/[^\x20-\x7e]+/gu, percent)).replace(/[\0\r\n]/g, ''))

const HEADER_NAMES = [
  'If-None-Match',
  'If-Match',
  'If-Modified-Since',
  'If-Unmodified-Since',
  'Range',
  'Save-Data',
  'Accept',
  'Accept-Encoding',
  'Accept-Language',
  'Cookie',
  'Authorization',
  'Cache-Control',
  'Pragma',
  'Referer',
  'Origin',
  'User-Agent',
  'Content-Type',
  'X-Forwarded-Host',
  'X-Forwarded-Proto',
  'Forwarded',
  'CF-Connecting-IP',
  'X-Zzrb',
]
export const headers = fc.dictionary(fc.constantFrom(...HEADER_NAMES), headerValue, { maxKeys: 4 })

/** Any method a Request in workerd may carry (it refuses CONNECT, TRACE, TRACK and names it does not know). */
export const method = fc.oneof(
  { weight: 4, arbitrary: fc.constant('GET') },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      'HEAD',
      'POST',
      'PUT',
      'PATCH',
      'DELETE',
      'OPTIONS',
      'QUERY',
      'PROPFIND',
      'PURGE',
      'MKCOL',
    ),
  },
)
