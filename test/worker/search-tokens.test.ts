// The search index keeps each token the publisher gives it whole, in any script. FTS5's ascii
// tokenizer (migrations/0003_search_tokens.sql) separates only at ASCII characters other than
// letters and digits, and the tokens (core/search/fts.ts) hold letters, digits and marks only.
// unicode61 split a̲b or हिन्दी into several, and their quoted queries became phrases, which an
// index with detail = none refuses (a 503).
import { env } from 'cloudflare:workers'
import { beforeAll, describe, expect, it } from 'vitest'
import { write } from '../../core/ledger/d1'
import { tokenStatements } from '../../core/ledger/search-rows'
import { ftsMatch, ftsTokens } from '../../core/search/fts'
import { termsOf } from '../../core/search/terms'
import { CATEGORIES, charactersByCategory } from './unicode'

const chars = charactersByCategory(120)
/** Each character alone, inside a Latin word and inside a Han run. */
const wordsOf = (c: string) => [c, `a${c}b`, `株${c}洲`]
const docs = CATEGORIES.map((cat, i) => ({ id: i + 1, title: cat, text: chars[cat].flatMap(wordsOf).join(' ') }))

beforeAll(async () => {
  await write(env.DB, tokenStatements(docs))
  await env.DB.exec("CREATE VIRTUAL TABLE IF NOT EXISTS docs_vocab USING fts5vocab(docs_fts, 'row')")
})

describe('the search index', () => {
  it('has characters of every general category to hold', () => {
    for (const cat of CATEGORIES) expect(chars[cat].length, cat).toBeGreaterThan(0)
  })

  it('holds each token whole: its terms are exactly the tokens given, whatever the script', async () => {
    const given = new Set(docs.flatMap((d) => ftsTokens(d.title, d.text).split(' ')))
    const { results } = await env.DB.prepare('SELECT term FROM docs_vocab').all<{ term: string }>()
    const held = new Set(results.map((r) => r.term))
    expect([...given].filter((t) => !held.has(t))).toEqual([])
    expect([...held].filter((t) => !given.has(t))).toEqual([])
    expect(held.size).toBeGreaterThan(2000)
  })

  it('answers a query of any of those words, and finds the article holding them', async () => {
    for (const [i, cat] of CATEGORIES.entries()) {
      const words = chars[cat].flatMap(wordsOf)
      for (let k = 0; k < words.length; k += 12) {
        const query = words.slice(k, k + 12).join(' ')
        const match = ftsMatch(termsOf(query))
        if (!match) continue // nothing to search for: punctuation, spaces, controls
        const { results } = await env.DB.prepare('SELECT rowid AS id FROM docs_fts WHERE docs_fts MATCH ?')
          .bind(match)
          .all<{ id: number }>()
        expect(
          results.map((r) => r.id),
          `${cat}: ${query}`,
        ).toContain(i + 1)
      }
    }
  })
})
