// Random sequences of publishes, republishes and rollbacks over three days, through the real CLI
// on local KV and D1. After every step, `latest`, each day's edition, 往期 and search agree with
// what the sequence should have left, and every link on every page resolves.
import { cp, rm } from 'node:fs/promises'
import { join } from 'node:path'
import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runs } from '../long'
import { copyContent, edit } from './content-copy'
import { buildWorker, publish, removeTempDirs, Site, stopSites, tempDir } from './published-site'

const DAYS = {
  '2024-03-11': 'content/issues/2024-03-11',
  '2024-03-12': 'test/fixtures/issues/2024-03-12',
  '2024-03-13': 'test/fixtures/issues-later/2024-03-13',
} as const
type Day = keyof typeof DAYS
/** Each day as first written, or corrected: its first article's title changes. */
type Variant = 'first' | 'corrected'
type Step = { publish: Partial<Record<Day, Variant>> } | { rollback: true }

let workerDir: string
beforeAll(async () => {
  workerDir = await buildWorker()
})
afterAll(async () => {
  await stopSites()
  await removeTempDirs()
})

/** A content folder holding the days given, each as the variant given. */
async function contentOf(days: Partial<Record<Day, Variant>>): Promise<string> {
  const dir = await copyContent()
  await rm(join(dir, 'issues'), { recursive: true })
  for (const [day, variant] of Object.entries(days) as Array<[Day, Variant]>) {
    await cp(DAYS[day], join(dir, 'issues', day), { recursive: true })
    if (variant === 'corrected') await edit(dir, `issues/${day}/issue.yaml`, /\npages:/, '\nnumber: 更正版\npages:')
  }
  return dir
}

/** What the site should show: each live day's variant, as the ledger would have it. */
class Model {
  days = new Map<Day, Variant>()
  publishes: Array<Map<Day, Variant | undefined>> = []

  apply(step: Step): 'ok' | 'refused' {
    if ('rollback' in step) {
      if (this.publishes.length < 2) return 'refused'
      for (const [day, before] of this.publishes.pop()!) before ? this.days.set(day, before) : this.days.delete(day)
      return 'ok'
    }
    const before = new Map<Day, Variant | undefined>()
    for (const [day, variant] of Object.entries(step.publish) as Array<[Day, Variant]>) {
      if (this.days.get(day) !== variant) before.set(day, this.days.get(day))
      this.days.set(day, variant)
    }
    if (before.size > 0) this.publishes.push(before)
    return 'ok'
  }
}

const variant = fc.constantFrom<Variant>('first', 'corrected')
const step: fc.Arbitrary<Step> = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.record({
      publish: fc.record({ '2024-03-11': variant, '2024-03-12': variant, '2024-03-13': variant }, { requiredKeys: [] }),
    }),
  },
  { weight: 1, arbitrary: fc.constant({ rollback: true as const }) },
)

describe('publish, republish and rollback, in any order', () => {
  it('leave latest, every edition, 往期 and search in agreement, with every link resolving', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 2, maxLength: 4 }), async (steps) => {
        const site = new Site(workerDir, await tempDir('zzrb-kv-'))
        const model = new Model()
        // Every sequence starts from the real issue, published.
        for (const s of [{ publish: { '2024-03-11': 'first' } } as Step, ...steps]) {
          const expected = model.apply(s)
          const args = 'rollback' in s ? ['--rollback'] : ['--content', await contentOf(s.publish)]
          const r = await publish(site.state, args)
          expect(r.code === 0 ? 'ok' : 'refused', `${JSON.stringify(s)}\n${r.out}${r.err}`).toBe(expected)
          await check(site, model)
        }
      }),
      { ...runs(1, 12), endOnFailure: true },
    )
  }, 1_800_000)
})

async function check(site: Site, model: Model): Promise<void> {
  const live = [...model.days.keys()].sort().reverse()
  const json = async <T>(path: string) => JSON.parse((await site.get(path)).text) as T
  expect((await json<{ date: string }>('/api/issues/latest')).date).toBe(live[0])
  const month = await json<{ issues: Array<{ date: string }> }>('/api/archive/2024-03')
  expect(month.issues.map((i) => i.date)).toEqual(live)
  for (const day of live) {
    const issue = await json<{ number?: string }>(`/api/issues/${day}`)
    expect(issue.number === '更正版', day).toBe(model.days.get(day) === 'corrected')
  }
  const found = await json<{ hits: Array<{ date: string }> }>(`/api/search?q=${encodeURIComponent('测试')}`)
  const fixtures = live.filter((d) => d !== '2024-03-11')
  expect([...new Set(found.hits.map((h) => h.date))].sort()).toEqual(fixtures.sort())
  expect(await site.brokenLinks()).toEqual([])
}
