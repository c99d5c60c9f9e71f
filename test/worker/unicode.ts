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

const hex = (byte: number) => `%${byte.toString(16).toUpperCase().padStart(2, '0')}`

/**
 * A string as a query parameter: percent-encoded UTF-8, and a lone surrogate as the three bytes
 * a careless encoder (WTF-8) would send, which no decoder accepts as UTF-8.
 */
export function encodeAny(s: string): string {
  let out = ''
  for (const c of s) {
    const cp = c.codePointAt(0)!
    if (cp >= 0xd800 && cp <= 0xdfff)
      out += [0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 0x3f), 0x80 | (cp & 0x3f)].map(hex).join('')
    else out += encodeURIComponent(c)
  }
  return out
}
