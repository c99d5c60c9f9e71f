// npm run bench:offline: this app's side alone of the offline-ready measure in versus.ts (same
// link, same readiness test, median of 3), on the current build in dist/client: quick enough
// to compare two builds in one session. Prints the time and the bytes, and each run's crossings.
import { execFileSync } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { compileContent } from '../../publish/compile/content'
import { Server } from '../lib/dev-server'
import { keptAsHome, median, offlineReady, type Readiness } from './offline-ready'

const RUNS = 3
const state = mkdtempSync(join(tmpdir(), 'zzrb-bench-ours-'))
execFileSync('node_modules/.bin/tsx', ['publish/cli.ts', '--persist-to', state], { stdio: 'ignore' })
const { issues } = await compileContent('content')
const date = issues.at(-1)!.issue.date
const server = new Server(8993, state) // clear of versus.ts (8990, 8991) and the browser tests
await server.start()
try {
  const runs: Readiness[] = []
  for (let i = 0; i < RUNS; i++) runs.push(await offlineReady(server.port, keptAsHome(date)))
  const ms = median(runs.map((r) => r.readyMs))
  const mid = runs.find((r) => r.readyMs === ms)!
  console.table(runs.map((r) => ({ 'offline-ready ms': Math.round(r.readyMs), bytes: r.bytes })))
  console.table(mid.requests.map((c) => ({ url: c.url, bytes: c.bytes, startMs: Math.round(c.startMs) })))
  console.log(`median of ${RUNS}: offline-ready ${(ms / 1000).toFixed(2)} s, ${(mid.bytes / 1000).toFixed(1)} KB`)
} finally {
  await server.stop()
}
