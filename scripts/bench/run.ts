// npm run bench: for the current build, bytes, KV reads and server-render CPU of each page type
// (the wrangler-built worker in workerd via miniflare, KV seeded from content/); JS, service
// worker and offline-bundle bytes; throughput of the worker against a static asset; Lighthouse
// (5 runs per page beside the peer, as npm run bench:lighthouse, and the photo article once);
// and, side by side with the stock peer built from the same content, offline-ready time on a
// slow link, bytes to offline-ready, page bytes and first-load JS (scripts/bench/versus.ts); and
// what print PDFs add to a day's publish, and their page images' bytes (scripts/bench/prints.ts);
// and one 快讯 pushed to 10,000 local subscriptions through the Queue, with what that projects to
// for 1,000,000 on Cloudflare (scripts/bench/push-fanout.ts). Prints tables and writes
// .build/bench/results.json.
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Miniflare } from 'miniflare'
import type { Edition } from '../../core/model'
import { bodyText } from '../../core/search/docs'
import { compileContent } from '../../publish/compile/content'
import { contentWithPhotos } from '../../test/photos/generate'
import { Server } from '../lib/dev-server'
import { localBindings } from '../lib/local-state'
import { br, firstLoadJs, gz, issueText, offlineBundle, serviceWorker } from './bytes'
import { workerVsStatic } from './http'
import { lighthouseScores } from './lighthouse'
import { lighthouseVersus, printLighthouseVersus } from './lighthouse-versus'
import { startPeer } from './peer'
import { printPrintsBench, printsBench } from './prints'
import { printPushFanoutBench, pushFanoutBench } from './push-fanout'
import { versus } from './versus'

process.env.CLOUDFLARE_CF_FETCH_ENABLED ??= 'false'
const out = '.build/bench'
mkdirSync(out, { recursive: true })
execFileSync('scripts/wrangler', ['deploy', 'scripts/bench/bench-worker.ts', '--dry-run', '--outdir', out], {
  stdio: 'ignore',
})

// The real publisher writes a fresh local state; the benchmark's worker runs on it in workerd.
const state = mkdtempSync(join(tmpdir(), 'zzrb-bench-kv-'))
execFileSync(process.execPath, ['scripts/publish.mjs', '--persist-to', state], { stdio: 'ignore' })
const { issues } = await compileContent('content')
const editions: Edition[] = issues.map(({ issue, articles }) => ({ issue, articles }))
const live = editions.at(-1)!
const longest = live.articles.reduce((a, b) => (b.chars > a.chars ? b : a))

const mf: Miniflare = new Miniflare({
  modules: true,
  scriptPath: join(out, 'bench-worker.js'),
  modulesRoot: out,
  ...localBindings(state),
})

const pct = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))]!
const ms = (n: number) => +n.toFixed(3)

const pages: Array<[string, string, string]> = [
  ['front page', '/', 'front'],
  ['版面 (last)', `/issues/${live.issue.date}/pages/${live.issue.pages.at(-1)!.number}`, 'page'],
  ['longest article', `/issues/${live.issue.date}/${longest.id}`, 'article'],
  ['search 就业', `/search?q=${encodeURIComponent('就业')}`, 'search'],
  ['archive', '/archive', ''],
]
const rows: Record<string, Record<string, number>> = {}
for (const [name, path, kind] of pages) {
  const res = await mf.dispatchFetch(`http://localhost${path}`)
  const html = Buffer.from(await res.arrayBuffer())
  const row: Record<string, number> = {
    status: res.status,
    'KV reads': Number(res.headers.get('x-kv-reads')),
    bytes: html.length,
    gzip: gz(html),
    brotli: br(html),
  }
  if (kind) {
    await mf.dispatchFetch(`http://localhost/__bench/ssr?kind=${kind}&batch=20&samples=20`) // warm up the JIT
    const samples = (await (
      await mf.dispatchFetch(`http://localhost/__bench/ssr?kind=${kind}&batch=20&samples=100`)
    ).json()) as number[]
    Object.assign(row, { 'SSR CPU p50 ms': ms(pct(samples, 50)), 'SSR CPU p99 ms': ms(pct(samples, 99)) })
  }
  rows[name] = row
}
const text = Buffer.from(bodyText(longest.body).join('\n'))
// Exactly what the service worker downloads to keep the issue.
const bundle = offlineBundle(
  await (await mf.dispatchFetch(`http://localhost/api/editions/${live.issue.date}/${live.issue.version}`)).text(),
)
const plain = issueText(live)
const transfer = {
  'JS on first load (every page: the entry)': firstLoadJs([]),
  'JS once idle (an article: tools, 收藏, status bar)': firstLoadJs([
    'Tools.island.tsx',
    'Status.island.tsx',
    'platform/saved.ts',
  ]),
  'service worker': serviceWorker(),
  'offline bundle (edition JSON)': bundle,
  'issue plain text': { bytes: Buffer.byteLength(plain), gzip: gz(plain), brotli: br(plain) },
}
const summary = {
  longestArticle: {
    id: longest.id,
    chars: longest.chars,
    textBytes: text.length,
    textGzip: gz(text),
    pageGzip: rows['longest article']!.gzip,
    pageOverText: +(rows['longest article']!.gzip! / gz(text)).toFixed(2),
  },
  ratios: {
    'offline bundle ÷ issue text (gzip)': +(bundle.gzip / gz(plain)).toFixed(2),
    'longest article page ÷ its text (gzip)': +(rows['longest article']!.gzip! / gz(text)).toFixed(2),
  },
  budgets: {
    'longest article gzip ≤ 1.1 × the peer': rows['longest article']!.gzip,
    'KV reads per uncached view ≤ 1': Math.max(...Object.values(rows).map((r) => r['KV reads']!)),
    'SSR CPU p50 ≤ 1 ms, p99 ≤ 3 ms': 'see table',
  },
}
await mf.dispose()

const http = await workerVsStatic(state, `/issues/${live.issue.date}/${longest.id}`)
// The Chromium parts need Debian's chromium (apt-get install -y chromium); without it they are skipped, loudly.
const browser = existsSync(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium') && !process.env.SKIP_BROWSER
if (!browser)
  console.warn('\n*** No Chromium at /usr/bin/chromium: skipping Lighthouse and the offline-ready time. ***')
/** The Chromium parts, side by side with the stock peer, started once for both. */
async function againstPeer() {
  const peer = await startPeer(8990)
  try {
    const ready = await versus(
      state,
      live.issue.date,
      {
        front: rows['front page']!.gzip!,
        longestArticle: rows['longest article']!.gzip!,
        firstLoadJs: transfer['JS on first load (every page: the entry)'].gzip,
      },
      peer,
    )
    const server = new Server(8934, state)
    await server.start()
    try {
      const lighthouse = await lighthouseVersus(
        { origin: server.origin, front: '/', article: `/issues/${live.issue.date}/${longest.id}` },
        { origin: `http://127.0.0.1:${peer.port}`, front: '/', article: peer.longestArticle },
      )
      return { ready, lighthouse }
    } finally {
      await server.stop()
    }
  } finally {
    await peer.stop()
  }
}
const peer = browser ? await againstPeer() : null
/** An article with three photos: the test fixture's, with photos generated for it (never news). */
async function photoArticleScores() {
  const photoState = mkdtempSync(join(tmpdir(), 'zzrb-bench-photos-'))
  const content = await contentWithPhotos()
  execFileSync(process.execPath, ['scripts/publish.mjs', '--persist-to', photoState, '--content', content], {
    stdio: 'ignore',
  })
  return lighthouseScores(photoState, ['/issues/2024-03-15/ceshi-tupian'])
}
const photoAudit = browser ? await photoArticleScores() : null
// The print PDFs are generated by Chromium (test/print/): without it, this part is left out.
const prints = browser ? await printsBench() : null
// The push fan-out needs no browser: it always runs.
const push = await pushFanoutBench()

console.log('\nSSR CPU: parse the KV value, build the view, render the document, inside workerd;')
console.log('each sample is the mean of a batch of 20 renders (workerd timers tick in whole ms), 100 samples.\n')
console.table(rows)
console.log('\nBytes on the wire (gzip −9, brotli 11):')
console.table(transfer)
console.log(
  `\nThroughput on this machine: the longest article (${http.bytes} bytes) from the worker vs. the same bytes ` +
    'as a static asset, wrangler dev, autocannon 10 s × 16 connections:',
)
console.table({ worker: http.worker, 'static asset (floor)': http.static })
console.log(`static ÷ worker requests per second: ${http.ratio}`)
if (peer) {
  printLighthouseVersus(peer.lighthouse)
  console.log('\nThe article with three photos, one Lighthouse run:')
  console.table(photoAudit)
  console.log(
    '\nThis app ÷ the stock peer (Astro 5 + @vite-pwa/astro, built from the same content), one run;' +
      '\noffline-ready and its bytes: Chromium, 400 kbps / 400 ms RTT, one pipe, median of 3:',
  )
  console.table(peer.ready.table)
}
if (prints) printPrintsBench(prints)
printPushFanoutBench(push)
console.log(summary)
writeFileSync(
  join(out, 'results.json'),
  JSON.stringify(
    {
      machine: { node: process.version, cpus: (await import('node:os')).cpus().length },
      rows,
      transfer,
      http,
      versusPeer: peer && { table: peer.ready.table, ours: peer.ready.ourReady, peer: peer.ready.peerReady },
      lighthouse: peer && { versusPeer: peer.lighthouse, photoArticle: photoAudit },
      prints,
      push,
      summary,
    },
    null,
    2,
  ),
)
console.log(`written: ${join(out, 'results.json')}`)
