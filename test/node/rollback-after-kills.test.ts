// A day in the newsroom: publishes, a rollback, a correction, a change of schedule only, and three
// publishes killed outright at different steps. Then --rollback, again and again, brings back each
// earlier state readers were shown, in turn, until only the first publish is left.
import { cp } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { long } from '../long'
import { copyContent, edit } from './content-copy'
import { publish, publishStoppedAfter, type Site, usePublishedContent } from './published-site'

/** A short lease, so that the run after a killed one does not wait long; long enough that a loaded
 * machine's publish keeps renewing it. */
const LEASE = { ZZRB_LOCK_HOLD_SECONDS: '3' }

const FIXTURES = {
  '2024-03-12': 'test/fixtures/issues/2024-03-12',
  '2024-03-13': 'test/fixtures/issues-later/2024-03-13',
} as const
type Day = '2024-03-11' | keyof typeof FIXTURES
/** A day as first printed, corrected, or corrected and then given an earlier time to go live. */
type Variant = 'first' | 'corrected' | 'rescheduled'

async function contentOf(days: Partial<Record<Day, Variant>>): Promise<string> {
  const dir = await copyContent()
  for (const [day, variant] of Object.entries(days) as Array<[Day, Variant]>) {
    if (day !== '2024-03-11') await cp(FIXTURES[day], join(dir, 'issues', day), { recursive: true })
    const yaml = `issues/${day}/issue.yaml`
    if (variant !== 'first') await edit(dir, yaml, /\npages:/, '\nnumber: 更正版\npages:')
    if (variant === 'rescheduled') await edit(dir, yaml, /\npages:/, `\npublishAt: ${day}T05:00:00+08:00\npages:`)
  }
  return dir
}

/** Which version of each day readers see, in the API and in 往期. */
async function shown(site: Site): Promise<Record<string, string>> {
  const get = async (path: string) => {
    const r = await site.get(path)
    return r.status === 200 ? (JSON.parse(r.text) as Record<string, unknown>) : r.status
  }
  const seen: Record<string, string> = { latest: JSON.stringify(await get('/api/issues/latest')) }
  for (const day of ['2024-03-11', '2024-03-12', '2024-03-13']) {
    const issue = await get(`/api/issues/${day}`)
    seen[day] = typeof issue === 'number' ? String(issue) : String(issue.version)
  }
  const month = (await get('/api/archive/2024-03')) as { issues: Array<{ date: string; version: string }> }
  seen.archive = month.issues.map((i) => `${i.date} ${i.version}`).join(', ')
  return seen
}

// A long run (some ten publishes, three of them killed): npm run test:long. npm test proves a kill at
// every other step (kill.test.ts) and a rollback of a whole publish (newsroom.test.ts) on their own.
describe.skipIf(!long())('--rollback after killed publishes', () => {
  const { publishedSite } = usePublishedContent()
  it('brings back each earlier state in turn', async () => {
    const site = await publishedSite()
    const publishes = async () => (await site.query<{ n: number }>('SELECT count(*) AS n FROM publishes'))[0]?.n
    const states = [await shown(site)]
    const step = async (days: Partial<Record<Day, Variant>>) => {
      const r = await publish(site.state, ['--content', await contentOf(days)], LEASE)
      expect(r.code, r.err).toBe(0)
      states.push(await shown(site))
    }
    /** Killed after `line`; a publish it recorded is completed by the cron trigger, as within a minute. */
    const killed = async (days: Partial<Record<Day, Variant>>, line: number) => {
      const count = await publishes()
      const run = await publishStoppedAfter(site.state, line, ['--content', await contentOf(days)], LEASE)
      run.killOutright()
      await run.done
      expect(await site.cron()).toBe('ok')
      if ((await publishes()) !== count) states.push(await shown(site))
    }
    await step({ '2024-03-11': 'first', '2024-03-12': 'first' })
    await step({ '2024-03-11': 'first', '2024-03-12': 'first', '2024-03-13': 'first' })
    const undone = await publish(site.state, ['--rollback'], LEASE)
    expect(undone.code, undone.err).toBe(0)
    states.pop()
    expect(await shown(site)).toEqual(states.at(-1))
    await step({ '2024-03-11': 'first', '2024-03-12': 'corrected' })
    await step({ '2024-03-11': 'first', '2024-03-12': 'rescheduled' })
    await killed({ '2024-03-11': 'first', '2024-03-12': 'rescheduled', '2024-03-13': 'first' }, 1) // uploaded only
    await killed({ '2024-03-11': 'first', '2024-03-12': 'rescheduled', '2024-03-13': 'first' }, 3) // in the ledger
    await killed({ '2024-03-11': 'corrected', '2024-03-12': 'rescheduled', '2024-03-13': 'first' }, 5) // half in KV
    expect(states.length).toBeGreaterThanOrEqual(6)

    while (states.length > 1) {
      states.pop()
      const r = await publish(site.state, ['--rollback'], LEASE)
      expect(r.code, r.err).toBe(0)
      expect(await shown(site), r.out).toEqual(states.at(-1))
    }
    const last = await publish(site.state, ['--rollback'], LEASE)
    expect(last.err).toMatch(/没有可以撤销的发布/)
  }, 300_000)
})
