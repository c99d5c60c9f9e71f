// Runs in Node before the worker tests: compiles the real content/ and hands the KV entries a
// fresh publish would write to the tests, which put them into workerd's KV.
import type { TestProject } from 'vitest/node'
import { compileContent } from '../../publish/compile/content'
import { planPublish } from '../../publish/plan'
import { ARCHIVE_KEY, LATEST_KEY } from '../../publish/kv-keys'

export default async function setup(project: TestProject): Promise<void> {
  const content = await compileContent('content')
  const plan = planPublish(content.issues, { archive: null, latest: null }, new Date('2024-03-11T06:00:00+08:00'))
  project.provide('published', [
    ...plan.entries,
    { key: ARCHIVE_KEY, value: JSON.stringify(plan.archive) },
    { key: LATEST_KEY, value: JSON.stringify(plan.latest) },
  ])
}
