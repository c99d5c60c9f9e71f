// Hostile requests for the router's property test: any method, paths, query strings and headers
// built from characters of every Unicode general category, sent as raw bytes or percent-encoded
// (UTF-8; a lone surrogate as the three bytes WTF-8 gives it, since no UTF-8 holds one). Header
// values are ASCII on the wire: other characters percent-encoded.
import fc from 'fast-check'
import { CATEGORIES, type Category, charactersByCategory, encodeAny } from './unicode'

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

/** Raw where a URL may hold the character (the URL parser encodes it), percent-encoded where it cannot: a lone surrogate. */
const raw = (text: string) => text.replace(/\p{Cs}/gu, encodeAny)

/** A piece of URL: the text percent-encoded, or as it is. */
export const urlPiece = (text: fc.Arbitrary<string>) =>
  fc.tuple(text, fc.boolean()).map(([t, encode]) => (encode ? encodeAny(t) : raw(t)))

/**
 * A header value: ASCII as it is, anything else percent-encoded (workerd would send other characters
 * as UTF-8, logging a warning for each request); never CR, LF or NUL, which no request can carry.
 */
export const headerValue = fc
  .tuple(
    fc.oneof(hostileText, fc.constantFrom('*', 'W/"x"', '"a', 'garbage', 'on', 'Thu, 01 Jan 1970 00:00:00 GMT')),
    fc.boolean(),
  )
  .map(([t, encode]) => (encode ? encodeAny(t) : t.replace(/[^\x20-\x7e]+/gu, encodeAny)).replace(/[\0\r\n]/g, ''))

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
