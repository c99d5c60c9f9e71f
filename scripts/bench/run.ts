// npm run bench: bytes, KV reads and server-render CPU time of each page type, for the current
// build. Runs the wrangler-built worker in workerd (miniflare) on KV seeded from content/.
import { execFileSync } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { brotliCompressSync, constants, gzipSync } from 'node:zlib'
import { Miniflare } from 'miniflare'
import { compileContent } from '../../publish/compile/content'
import { bodyText } from '../../publish/compile/derive'
import { planPublish } from '../../publish/plan'
import { ARCHIVE_KEY, LATEST_KEY } from '../../publish/kv-keys'
import type { Edition } from '../../publish/schema'

process.env.CLOUDFLARE_CF_FETCH_ENABLED ??= 'false'
const out = '.build/bench'
mkdirSync(out, { recursive: true })
execFileSync('scripts/wrangler', ['deploy', 'scripts/bench/bench-worker.ts', '--dry-run', '--outdir', out], { stdio: 'ignore' })

const { issues } = await compileContent('content')
const editions: Edition[] = issues.map(({ issue, articles }) => ({ issue, articles }))
const plan = planPublish(editions, { archive: null, latest: null, search: null }, new Date())
const live = editions.at(-1)!
const longest = live.articles.reduce((a, b) => (b.chars > a.chars ? b : a))

const mf = new Miniflare({
  modules: true, scriptPath: join(out, 'bench-worker.js'), modulesRoot: out,
  compatibilityDate: '2026-04-20', kvNamespaces: { KV: '00000000000000000000000000000000' },
})
const kv = await mf.getKVNamespace('KV')
for (const e of plan.entries) await kv.put(e.key, e.value)
await kv.put(ARCHIVE_KEY, JSON.stringify(plan.archive))
await kv.put(LATEST_KEY, JSON.stringify({ ...live, publishedAt: new Date().toISOString() }))

const gz = (b: Buffer) => gzipSync(b, { level: 9 }).length
const br = (b: Buffer) => brotliCompressSync(b, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length
const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))]!
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
  const row: Record<string, number> = { status: res.status, 'KV reads': Number(res.headers.get('x-kv-reads')), bytes: html.length, gzip: gz(html), brotli: br(html) }
  if (kind) {
    await mf.dispatchFetch(`http://localhost/__bench/ssr?kind=${kind}&batch=20&samples=20`) // warm up the JIT
    const samples = (await (await mf.dispatchFetch(`http://localhost/__bench/ssr?kind=${kind}&batch=20&samples=100`)).json()) as number[]
    Object.assign(row, { 'SSR CPU p50 ms': ms(pct(samples, 50)), 'SSR CPU p99 ms': ms(pct(samples, 99)) })
  }
  rows[name] = row
}
const text = Buffer.from(bodyText(longest.body).join('\n'))
const summary = {
  longestArticle: { id: longest.id, chars: longest.chars, textBytes: text.length, textGzip: gz(text), pageGzip: rows['longest article']!.gzip, pageOverText: +(rows['longest article']!.gzip! / gz(text)).toFixed(2) },
  budgets: { 'article page gzip ≤ 14336 (aim 8192)': rows['longest article']!.gzip, 'KV reads per uncached view ≤ 1': Math.max(...Object.values(rows).map((r) => r['KV reads']!)), 'SSR CPU p50 ≤ 1 ms, p99 ≤ 3 ms': 'see table' },
}
console.log('\nSSR CPU: parse the KV value, build the view, render the document, inside workerd;')
console.log('each sample is the mean of a batch of 20 renders (workerd timers tick in whole ms), 100 samples.\n')
console.table(rows)
console.log(summary)
writeFileSync(join(out, 'results.json'), JSON.stringify({ rows, summary }, null, 2))
console.log(`written: ${join(out, 'results.json')}`)
await mf.dispose()
