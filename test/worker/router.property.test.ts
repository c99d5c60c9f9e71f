// Property-based: whatever path, encoding or query a client sends, the worker answers below 500
// and never echoes markup back unescaped.
import fc from 'fast-check'
import { beforeAll, describe, expect, it } from 'vitest'
import { long, runs } from '../long'
import { get, parsePage } from './http'
import { seedPublishedContent } from './publish-to-kv'

/** Many runs in test:long take minutes. */
const TIMEOUT = long() ? 900_000 : 120_000

beforeAll(() => seedPublishedContent())

/** A tag no page ever contains: if it comes back, input was echoed as markup. */
const MARK = '<zzx onerror=alert(1)>'
const withMark = (a: fc.Arbitrary<string>) => fc.tuple(a, fc.boolean()).map(([s, mark]) => (mark ? `${s}${MARK}` : s))

const segment = fc.oneof(
  fc.string({ maxLength: 24 }),
  fc.constantFrom(
    '..',
    '.',
    '%2e%2e',
    '%2f',
    '%5c',
    '%00',
    '%ff',
    '%E0%A4%A',
    '%uFFFF',
    MARK,
    `"><${MARK.slice(1)}`,
    'issues',
    'pages',
    'api',
    '2024-03-11',
    '2024-02-30',
    '9999-99-99',
    'baoma-jihua',
    'ＡＢ',
    '株洲',
  ),
  fc
    .date({ min: new Date('1900-01-01'), max: new Date('2100-12-31'), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10)),
  fc.stringMatching(/^[a-z0-9-]{1,90}$/),
)
const path = fc
  .array(segment, { minLength: 0, maxLength: 6 })
  .map((parts) => `/${parts.map((p) => (/^[\x21-\x7e]*$/.test(p) ? p : encodeURIComponent(p))).join('/')}`)
const query = fc.option(
  fc.dictionary(fc.constantFrom('q', 'page', 'v', 'x'), withMark(fc.string({ maxLength: 40 })), { maxKeys: 3 }),
  { nil: undefined },
)

function url(p: string, q: Record<string, string> | undefined): string {
  return q ? `${p}?${new URLSearchParams(q)}` : p
}

describe('the router, under random and hostile input', () => {
  it(
    'never answers 5xx, and never echoes markup unescaped',
    async () => {
      await fc.assert(
        fc.asyncProperty(path, query, async (p, q) => {
          let res: Response
          try {
            res = await get(url(p, q))
          } catch {
            return // the URL itself is unparseable: no request is made
          }
          expect(res.status, url(p, q)).toBeLessThan(500)
          expect(parsePage(await res.text()).querySelector('zzx')).toBeNull()
        }),
        runs(100, 1000),
      )
    },
    TIMEOUT,
  )

  it(
    'search, with any query at all, answers 200 with the query only as text',
    async () => {
      await fc.assert(
        fc.asyncProperty(withMark(fc.string({ maxLength: 40 })), async (q) => {
          const res = await get(`/search?q=${encodeURIComponent(q)}`)
          expect(res.status).toBe(200)
          expect(parsePage(await res.text()).querySelector('zzx')).toBeNull()
        }),
        runs(40, 500),
      )
    },
    TIMEOUT,
  )
})
