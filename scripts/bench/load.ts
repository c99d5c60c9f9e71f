// npm run load: 60 s at 64 connections against the local worker (wrangler dev) on the front
// page, an article, the API bundle and search. Prints latency percentiles, errors, and the
// memory of wrangler's workerd sampled every 5 s (it should stay flat). Exits 1 on any error.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Server } from '../lib/dev-server'
import { hammer, type LoadResult } from './http'

const SECONDS = Number(process.env.LOAD_SECONDS ?? 60)
const CONNECTIONS = Number(process.env.LOAD_CONNECTIONS ?? 64)
const PATHS = ['/', '/issues/2024-03-11/wen-jiuye-zhuzhou-shijian', '/api/issues/2024-03-11/bundle', `/search?q=${encodeURIComponent('就业')}`]

/** Resident memory (MB) of every workerd process on this machine. */
function workerdMb(): number {
  let kb = 0
  for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      if (!readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('workerd')) continue
      kb += Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0)
    } catch {
      // the process ended while we looked
    }
  }
  return Math.round(kb / 1024)
}

export interface LoadRun {
  paths: string[]
  result: LoadResult
  memoryMb: number[]
}

/** Publishes content/ into a fresh state, serves it with wrangler dev, and loads it. */
export async function runLoad(seconds: number, connections: number, paths = PATHS): Promise<LoadRun> {
  const state = mkdtempSync(join(tmpdir(), 'zzrb-load-kv-'))
  execFileSync('node_modules/.bin/tsx', ['publish/cli.ts', '--persist-to', state], { stdio: 'ignore' })
  const server = new Server(8933, state)
  await server.start()
  const memoryMb: number[] = [workerdMb()]
  const sampler = setInterval(() => memoryMb.push(workerdMb()), 5000)
  try {
    const result = await hammer(paths.map((p) => `${server.origin}${p}`), seconds, connections)
    memoryMb.push(workerdMb())
    return { paths, result, memoryMb }
  } finally {
    clearInterval(sampler)
    await server.stop()
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const run = await runLoad(SECONDS, CONNECTIONS, process.env.LOAD_PATHS?.split(',') ?? PATHS)
  console.log(`\n${SECONDS} s × ${CONNECTIONS} connections over ${run.paths.join(', ')}`)
  console.table({ result: run.result })
  console.log(`workerd memory (MB), every 5 s: ${run.memoryMb.join(' ')}`)
  if (run.result.errors > 0 || run.result.non2xx > 0) {
    console.error(`FAILED: ${run.result.errors} errors, ${run.result.non2xx} non-2xx answers`)
    process.exitCode = 1
  }
}
