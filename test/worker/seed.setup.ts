// Runs in Node before the worker tests: compiles the real content/ (and, for archive, search and
// navigation across issues, the fixture issues) into what a first publish uploads and records in
// the ledger (publish/plan.ts), and hands it to the tests. They write it into workerd's KV and D1
// and let the worker's own cron trigger make it live (test/worker/publish-to-kv.ts).
import { cp, mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { TestProject } from 'vitest/node'
import { compileContent } from '../../publish/compile/content'
import { daysToPublish, planPublish } from '../../publish/plan'
import type { Seed } from '../provided'
import { writeSyntheticArchive } from '../synthetic/archive'

async function firstPublish(contentDir: string): Promise<Seed> {
  const { issues, sources } = await compileContent(contentDir)
  const plan = planPublish(daysToPublish(issues, sources.days), new Map(), '2024-03-13T00:00:00.000Z', {
    id: 1,
    by: 'test seed',
  })
  return { uploads: plan.uploads, ledger: plan.ledger }
}

/** content/ with the issue folders of each fixture added. */
async function contentWith(...fixtures: string[]): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'zzrb-seed-'))
  await cp('content', dir, { recursive: true })
  for (const f of fixtures) await cp(f, join(dir, 'issues'), { recursive: true })
  return dir
}

export default async function setup(project: TestProject): Promise<void> {
  project.provide('published', await firstPublish('content'))
  project.provide('publishedWithFixtures', await firstPublish(await contentWith('test/fixtures/issues')))
  const scheduled = await contentWith('test/fixtures/issues', 'test/fixtures/issues-scheduled')
  project.provide('publishedWithScheduled', await firstPublish(scheduled))
  // Sixty synthetic days before the real issue: enough for search to page through.
  const synthetic = await contentWith()
  await writeSyntheticArchive(synthetic, { days: 60, perDay: 6, last: '2024-03-10' })
  project.provide('publishedWithSynthetic', await firstPublish(synthetic))
}
