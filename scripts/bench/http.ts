// Throughput and latency on this machine: the article page from the worker against the same
// bytes as a static asset of the same wrangler dev (the floor), side by side, with autocannon.
import { cp, mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import autocannon from 'autocannon'
import { Server } from '../lib/dev-server'

export interface LoadResult {
  requests: number
  rps: number
  p50: number
  p99: number
  errors: number
  non2xx: number
}

export async function hammer(url: string | string[], seconds: number, connections: number): Promise<LoadResult> {
  const urls = Array.isArray(url) ? url : [url]
  const base = new URL(urls[0]!)
  const r = await autocannon({
    url: base.origin,
    connections,
    duration: seconds,
    requests: urls.map((u) => ({ method: 'GET', path: new URL(u).pathname + new URL(u).search })),
  })
  return {
    requests: r.requests.total,
    rps: Math.round(r.requests.average),
    p50: r.latency.p50,
    p99: r.latency.p99,
    errors: r.errors + r.timeouts,
    non2xx: r.non2xx,
  }
}

export async function workerVsStatic(state: string, articlePath: string, seconds = 10, connections = 16) {
  const assets = await mkdtemp(join(tmpdir(), 'zzrb-bench-assets-'))
  await cp('dist/client', assets, { recursive: true })
  const server = new Server(8931, state, assets)
  await server.start()
  try {
    const html = await (await fetch(`${server.origin}${articlePath}`)).text()
    await server.stop()
    await writeFile(join(assets, 'article-copy.html'), html)
    await server.start()
    await hammer(`${server.origin}${articlePath}`, 2, connections) // warm up
    const worker = await hammer(`${server.origin}${articlePath}`, seconds, connections)
    // Workers assets serve article-copy.html at /article-copy (the .html form redirects).
    const floor = await hammer(`${server.origin}/article-copy`, seconds, connections)
    return {
      bytes: Buffer.byteLength(html),
      worker,
      static: floor,
      ratio: +(floor.rps / Math.max(1, worker.rps)).toFixed(2),
    }
  } finally {
    await server.stop()
  }
}
