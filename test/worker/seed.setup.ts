// Runs in Node before the worker tests: compiles the real content/ (and, for archive, search and
// navigation across issues, the fixture issues) into the KV entries a publish would write, and
// hands them to the tests, which put them into workerd's KV.
import { cp, mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { TestProject } from 'vitest/node'
import { compileContent } from '../../publish/compile/content'
import { planPublish } from '../../publish/plan'
import { ARCHIVE_KEY, LATEST_KEY, type KvEntry } from '../../publish/kv-keys'
import type { Edition } from '../../publish/schema'

async function publishedEntries(contentDir: string): Promise<KvEntry[]> {
  const { issues } = await compileContent(contentDir)
  const editions: Edition[] = issues.map(({ issue, articles }) => ({ issue, articles }))
  const plan = planPublish(
    editions,
    { archive: null, latest: null, search: null },
    new Date('2024-03-11T06:00:00+08:00'),
  )
  const live = editions.find((e) => e.issue.date === plan.latest?.date)!
  return [
    ...plan.entries,
    { key: ARCHIVE_KEY, value: JSON.stringify(plan.archive) },
    { key: LATEST_KEY, value: JSON.stringify({ ...live, publishedAt: plan.latest!.publishedAt }) },
  ]
}

export default async function setup(project: TestProject): Promise<void> {
  const withFixtures = await mkdtemp(join(tmpdir(), 'zzrb-seed-'))
  await cp('content', withFixtures, { recursive: true })
  await cp('test/fixtures/issues', join(withFixtures, 'issues'), { recursive: true })
  project.provide('published', await publishedEntries('content'))
  project.provide('publishedWithFixtures', await publishedEntries(withFixtures))
}
