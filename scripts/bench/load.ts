// npm run load: 60 s at 64 connections against the local worker (wrangler dev) on the front
// page, an article, the API bundle and search. Prints latency percentiles, errors, and memory
// every 5 s: the worker isolate's JS heap after a full GC and the resident memory of the worker's
// workerd and of wrangler's dev proxy. A leak in the app shows in the heap measured between
// requests before and after the load: it must stay flat.
// Exits 1 on any error or a growing heap.
import { execFileSync } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Server } from '../lib/dev-server'
import { WorkerHeap } from '../lib/worker-heap'
import { type WorkerdRss, workerdRss } from '../lib/workerd-memory'
import { hammer, type LoadResult } from './http'

const SECONDS = Number(process.env.LOAD_SECONDS ?? 60)
const CONNECTIONS = Number(process.env.LOAD_CONNECTIONS ?? 64)
const PATHS = [
  '/',
  '/issues/2024-03-11/wen-jiuye-zhuzhou-shijian',
  '/api/issues/2024-03-11/bundle',
  `/search?q=${encodeURIComponent('就业')}`,
]
/** How much the quiet heap may grow over the load before it counts as a leak. */
export const HEAP_GROWTH_LIMIT_MB = 1

export interface MemorySample extends WorkerdRss {
  seconds: number
  /** The isolate's JS heap after a full GC under load, in MB (NaN if it did not finish in time). */
  heapMb: number
}

export interface LoadRun {
  paths: string[]
  result: LoadResult
  memory: MemorySample[]
  /** The isolate's heap after GC with no request in flight, after warm-up and after the load (MB). */
  quietHeapMb: { before: number; after: number }
  heapGrowthMb: number
}

const mb = (bytes: number) => +(bytes / 2 ** 20).toFixed(2)
const within = <T>(ms: number, p: Promise<T>) => Promise.race([p, new Promise<undefined>((r) => setTimeout(r, ms))])

/**
 * The heap after GC between requests: the isolate only takes the collection when a request
 * wakes it, so one light request at a time arrives until the answer comes.
 */
async function heapBetweenRequests(heap: WorkerHeap, origin: string): Promise<number> {
  const used = heap.usedAfterGc()
  let done = false
  void used.finally(() => (done = true))
  while (!done) {
    await (await fetch(`${origin}/api/issues/latest`)).arrayBuffer()
    await new Promise((r) => setTimeout(r, 100))
  }
  return mb(await used)
}

/**
 * The quiet heap: the least of three readings a second apart. Right after a load, answers and
 * cache writes still in flight can hold a megabyte for a moment; a leak holds it in every reading.
 */
async function quietHeap(heap: WorkerHeap, origin: string): Promise<number> {
  const readings: number[] = []
  for (let i = 0; i < 3; i++) {
    if (i > 0) await new Promise((r) => setTimeout(r, 1000))
    readings.push(await heapBetweenRequests(heap, origin))
  }
  return Math.min(...readings)
}

/** Publishes content/ into a fresh state, serves it with wrangler dev, and loads it. */
export async function runLoad(seconds: number, connections: number, paths = PATHS): Promise<LoadRun> {
  const state = mkdtempSync(join(tmpdir(), 'zzrb-load-kv-'))
  execFileSync(process.execPath, ['scripts/publish.mjs', '--persist-to', state], { stdio: 'ignore' })
  const server = new Server(8933, state)
  await server.start()
  const heap = await WorkerHeap.connect(server.inspectorPort)
  const urls = paths.map((p) => `${server.origin}${p}`)
  // Warm up for 3 s, so modules, compiled code and caches exist before the first reading.
  await hammer(urls, 3, 8)
  const before = await quietHeap(heap, server.origin)
  const memory: MemorySample[] = []
  const started = Date.now()
  let sampling = true
  // One sample every 5 s while the load runs; the isolate collects garbage between requests.
  const sampler = (async () => {
    for (let next = 5; sampling && next < seconds; next += 5) {
      await new Promise((r) => setTimeout(r, started + next * 1000 - Date.now()))
      if (!sampling) break
      const used = await within(3000, heap.usedAfterGc())
      memory.push({ seconds: next, heapMb: used === undefined ? NaN : mb(used), ...workerdRss(server.pid!) })
    }
  })()
  try {
    const result = await hammer(urls, seconds, connections)
    sampling = false
    await sampler
    const after = await quietHeap(heap, server.origin)
    return { paths, result, memory, quietHeapMb: { before, after }, heapGrowthMb: +(after - before).toFixed(2) }
  } finally {
    sampling = false
    heap.close()
    await server.stop()
  }
}

/** The memory samples as one line per series, for logs. */
export function memoryLines(memory: MemorySample[]): string {
  const row = (key: keyof MemorySample) => memory.map((m) => m[key]).join(' ')
  return [
    `seconds:               ${row('seconds')}`,
    `JS heap after GC (MB): ${row('heapMb')}`,
    `worker workerd RSS:    ${row('workerMb')}`,
    `dev proxy workerd RSS: ${row('proxyMb')}`,
  ].join('\n')
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const run = await runLoad(SECONDS, CONNECTIONS, process.env.LOAD_PATHS?.split(',') ?? PATHS)
  console.log(`\n${SECONDS} s × ${CONNECTIONS} connections over ${run.paths.join(', ')}`)
  console.table({ result: run.result })
  console.log(`memory every 5 s:\n${memoryLines(run.memory)}`)
  const { before, after } = run.quietHeapMb
  console.log(
    `JS heap after GC between requests: ${before} MB before the load, ${after} MB after ` +
      `(limit +${HEAP_GROWTH_LIMIT_MB} MB)`,
  )
  if (run.result.errors > 0 || run.result.non2xx > 0) {
    console.error(`FAILED: ${run.result.errors} errors, ${run.result.non2xx} non-2xx answers`)
    process.exitCode = 1
  }
  if (!(run.heapGrowthMb < HEAP_GROWTH_LIMIT_MB)) {
    console.error(`FAILED: the worker's heap grew by ${run.heapGrowthMb} MB`)
    process.exitCode = 1
  }
}
