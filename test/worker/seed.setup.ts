// Runs in Node before the worker tests: compiles the real content/ (and, for archive, search and
// navigation across issues, the fixture issues) into the KV writes a publish would make, and
// hands them to the tests, which make them in workerd's KV.
import { cp, mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { TestProject } from 'vitest/node'
import type { Edition } from '../../core/model'
import { compileContent } from '../../publish/compile/content'
import type { KvOp } from '../../core/kv-keys'
import { inOrder, kvWrites, liveFrom } from '../../publish/kv-writes'
import { planPublish } from '../../publish/plan'

async function publishedWrites(contentDir: string): Promise<KvOp[]> {
  const { issues } = await compileContent(contentDir)
  const editions: Edition[] = issues.map(({ issue, articles }) => ({ issue, articles }))
  const empty = { archive: null, latest: null, search: null }
  const plan = planPublish(editions, empty, new Date('2024-03-11T06:00:00+08:00'))
  return inOrder(kvWrites(plan, liveFrom(plan, editions)))
}

export default async function setup(project: TestProject): Promise<void> {
  const withFixtures = await mkdtemp(join(tmpdir(), 'zzrb-seed-'))
  await cp('content', withFixtures, { recursive: true })
  await cp('test/fixtures/issues', join(withFixtures, 'issues'), { recursive: true })
  project.provide('published', await publishedWrites('content'))
  project.provide('publishedWithFixtures', await publishedWrites(withFixtures))
}
