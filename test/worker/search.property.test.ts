// Property-based: whatever a reader types into search, in any script, with characters of every
// Unicode general category (lone surrogates sent as the bytes a careless encoder would send),
// FTS5's own syntax, or none at all, /search answers a page and /api/search JSON: never a 5xx.
import fc from 'fast-check'
import { beforeAll, describe, expect, it } from 'vitest'
import { long, runs } from '../long'
import { get, handle, parsePage, texts } from './http'
import { seedPublishedContent } from './publish-to-kv'
import { CATEGORIES, charactersByCategory, encodeAny } from './unicode'

const TIMEOUT = long() ? 900_000 : 120_000

beforeAll(() => seedPublishedContent())

const chars = charactersByCategory(64)
const anyCharacter = fc.constantFrom(...CATEGORIES).chain((cat) => fc.constantFrom(...chars[cat]))
/** Letters, marks and digits of every script in a row: what the index holds as one token. */
const wordCharacter = fc.constantFrom(...CATEGORIES.filter((c) => /^[LMN]/.test(c)).flatMap((c) => chars[c]), 'a', '株')
const word = fc.array(wordCharacter, { minLength: 1, maxLength: 6 }).map((a) => a.join(''))
/** FTS5's query syntax, spaces, and words the issue holds. */
const pieces = fc.constantFrom(
  '"',
  '*',
  '-',
  '^',
  ':',
  '(',
  ')',
  'AND',
  'OR',
  'NOT',
  'NEAR',
  ' ',
  '　',
  '就业',
  '株',
  'a',
  '3',
)
const query = fc.oneof(
  fc.array(fc.oneof(word, anyCharacter, pieces), { maxLength: 16 }).map((a) => a.join('')),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 24 }),
)
const before = fc.option(fc.oneof(fc.nat().map(String), fc.string({ maxLength: 16 })), { nil: undefined })

const url = (path: string, q: string, from: string | undefined) =>
  `${path}?q=${encodeAny(q)}${from === undefined ? '' : `&before=${encodeAny(from)}`}`

describe('search, asked anything', () => {
  it('answers the queries that once failed, in every script', async () => {
    for (const q of ['a%CC%B2b', encodeAny('हिन्दी'), encodeAny('ภาษาไทย'), encodeAny('العربية'), encodeAny('ᄀᄀ')]) {
      const page = await get(`/search?q=${q}`)
      expect(page.status, q).toBe(200)
      expect(texts(await page.text(), '.result-count')[0], q).toMatch(/^没有找到与“.+”有关的报道$/)
      const api = await get(`/api/search?q=${q}`)
      expect(api.status, q).toBe(200)
      expect(await api.json(), q).toEqual({ hits: [] })
    }
  })

  it(
    'gives a page and JSON for any query, never a 5xx',
    async () => {
      await fc.assert(
        fc.asyncProperty(query, before, async (q, from) => {
          const page = await handle(new Request(`http://localhost:8787${url('/search', q, from)}`))
          expect(page.status, url('/search', q, from)).toBe(200)
          expect(parsePage(await page.text()).querySelector('form.search')).not.toBeNull()
          const api = await handle(new Request(`http://localhost:8787${url('/api/search', q, from)}`))
          expect(api.status, url('/api/search', q, from)).toBe(200)
          const body = await api.json<{ hits: unknown[]; next?: number }>()
          expect(Array.isArray(body.hits)).toBe(true)
        }),
        runs(100, 2000),
      )
    },
    TIMEOUT,
  )
})
