// Runs once before the node tests: the worker as wrangler bundles it for deploy, which every file
// that runs the site in workerd (published-site.ts) starts from. Built once, not once a file: each
// build is a wrangler process and an esbuild bundle.
import { execFile } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import type { TestProject } from 'vitest/node'

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const dir = await mkdtemp(join(tmpdir(), 'zzrb-worker-'))
  await promisify(execFile)('scripts/wrangler', ['deploy', '--dry-run', '--outdir', dir])
  project.provide('workerDir', dir)
  return () => rm(dir, { recursive: true, force: true })
}
