// npm run bench:lighthouse [-- --runs 5]: only the Lighthouse part of npm run bench, this app
// against the stock peer (scripts/bench/lighthouse-versus.ts), on a fresh publish of content/.
// Run `npm run build` first: the app is served from dist/client. Writes .build/bench/lighthouse.json.
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { compileContent } from '../../publish/compile/content'
import { Server } from '../lib/dev-server'
import { lighthouseVersus, printLighthouseVersus } from './lighthouse-versus'
import { startPeer } from './peer'

process.env.CLOUDFLARE_CF_FETCH_ENABLED ??= 'false'
const { values } = parseArgs({ options: { runs: { type: 'string', default: '5' } } })
const state = mkdtempSync(join(tmpdir(), 'zzrb-bench-lh-'))
execFileSync('node_modules/.bin/tsx', ['publish/cli.ts', '--persist-to', state], { stdio: 'ignore' })
const { issues } = await compileContent('content')
const live = issues.at(-1)!
const longest = live.articles.reduce((a, b) => (b.chars > a.chars ? b : a))

const peer = await startPeer(8990)
const server = new Server(8934, state)
try {
  await server.start()
  const result = await lighthouseVersus(
    { origin: server.origin, front: '/', article: `/issues/${live.issue.date}/${longest.id}` },
    { origin: `http://127.0.0.1:${peer.port}`, front: '/', article: peer.longestArticle },
    Number(values.runs),
  )
  printLighthouseVersus(result)
  mkdirSync('.build/bench', { recursive: true })
  writeFileSync('.build/bench/lighthouse.json', JSON.stringify(result, null, 2))
  console.log('written: .build/bench/lighthouse.json')
} finally {
  await server.stop()
  await peer.stop()
}
