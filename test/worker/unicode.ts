// Characters of every Unicode general category (as this runtime's tables have them), for tests
// that feed search any text at all; and URLs that carry any string, lone surrogates included.

export const CATEGORIES = [
  'Lu',
  'Ll',
  'Lt',
  'Lm',
  'Lo',
  'Mn',
  'Mc',
  'Me',
  'Nd',
  'Nl',
  'No',
  'Pc',
  'Pd',
  'Ps',
  'Pe',
  'Pi',
  'Pf',
  'Po',
  'Sm',
  'Sc',
  'Sk',
  'So',
  'Zs',
  'Zl',
  'Zp',
  'Cc',
  'Cf',
  'Cs',
  'Co',
  'Cn',
] as const
export type Category = (typeof CATEGORIES)[number]

/** Every code point but the surrogates, each once, in one string. */
function everyCodePoint(): string {
  const parts: string[] = []
  for (let cp = 0; cp <= 0x10ffff; cp++) if (cp < 0xd800 || cp > 0xdfff) parts.push(String.fromCodePoint(cp))
  return parts.join('')
}

/** Up to `per` characters of each category, spread evenly over it, its first and last included. */
export function charactersByCategory(per: number): Record<Category, string[]> {
  const all = everyCodePoint()
  const spread = (chars: string[]) =>
    chars.length <= per
      ? chars
      : Array.from({ length: per }, (_, i) => chars[Math.round((i * (chars.length - 1)) / (per - 1))]!)
  const surrogates = Array.from({ length: 0x800 }, (_, i) => String.fromCharCode(0xd800 + i))
  return Object.fromEntries(
    CATEGORIES.map((cat) => [
      cat,
      spread(cat === 'Cs' ? surrogates : (all.match(new RegExp(`\\p{gc=${cat}}`, 'gu')) ?? [])),
    ]),
  ) as Record<Category, string[]>
}

/** UTF-8 bytes, with a lone surrogate as WTF-8's three bytes (no UTF-8 holds one). */
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

/**
 * Any string as a piece of URL: every byte but the unreserved ones percent-encoded, and a lone
 * surrogate as the three bytes a careless encoder (WTF-8) would send, which no decoder accepts.
 */
export const encodeAny = (text: string): string =>
  bytesOf(text)
    .map((b) =>
      /[A-Za-z0-9\-._~]/.test(String.fromCharCode(b))
        ? String.fromCharCode(b)
        : `%${b.toString(16).toUpperCase().padStart(2, '0')}`,
    )
    .join('')
