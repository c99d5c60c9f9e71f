// Publishes into this test file's KV and D1 (workerd's simulators, isolated per file) as the
// publisher would: its uploads and ledger changes from the global setup, then the worker's own
// cron trigger makes the issues live.
import { env } from 'cloudflare:workers'
import { inject } from 'vitest'
import { write } from '../../core/ledger/d1'
import { catchUpKv } from '../../worker/scheduled'

/** Now, as far as the seeded issues are concerned: every one of them is due. */
export const SEEDED_AT = new Date('2026-01-01T00:00:00Z')

type Which = 'published' | 'publishedWithFixtures' | 'publishedWithScheduled' | 'publishedWithSynthetic'

export async function seedPublishedContent(which: Which = 'published'): Promise<void> {
  const { uploads, ledger } = inject(which)
  for (const u of uploads) await env.KV.put(u.key, u.value, u.metadata ? { metadata: u.metadata } : {})
  const { results } = await env.DB.prepare('SELECT count(*) AS n FROM publishes').all<{ n: number }>()
  if (results[0]?.n === 0) await write(env.DB, ledger)
  await catchUpKv(env, SEEDED_AT)
}

/** Empties this test file's KV and the ledger's rows in D1, for a test that starts over. */
export async function clearStorage(): Promise<void> {
  const { keys } = await env.KV.list()
  await Promise.all(keys.map((k) => env.KV.delete(k.name)))
  const tables = ['docs_fts', 'titles_fts', 'docs', 'changes', 'publishes', 'days', 'editions', 'lock', 'lock_guard']
  await env.DB.batch(tables.map((t) => env.DB.prepare(`DELETE FROM ${t}`)))
}
