// The load test against wrangler dev on the front page, an article, the API bundle and search:
// 5 s at 16 connections in npm test, where every answer must be a 2xx; 60 s at 64 in test:long,
// where the worker must also not leak (its JS heap after GC stays flat). Latency and memory are printed.
import { describe, expect, it } from 'vitest'
import { HEAP_GROWTH_LIMIT_MB, memoryLines, runLoad } from '../../scripts/bench/load'
import { long } from '../long'

describe('under load', () => {
  it('answers every request without an error; at length, its heap stays flat', async () => {
    const run = await runLoad(long() ? 60 : 5, long() ? 64 : 16)
    const { before, after } = run.quietHeapMb
    console.log(
      `load: ${run.result.requests} requests, ${run.result.rps} req/s, ` +
        `p50 ${run.result.p50} ms, p99 ${run.result.p99} ms; ` +
        `JS heap after GC ${before} → ${after} MB\n${memoryLines(run.memory)}`,
    )
    expect(run.result.requests).toBeGreaterThan(long() ? 1000 : 100)
    expect(run.result.errors).toBe(0)
    expect(run.result.non2xx).toBe(0)
    // A heap reading means something only after a long run: a few seconds leave work in flight.
    if (long()) expect(run.heapGrowthMb).toBeLessThan(HEAP_GROWTH_LIMIT_MB)
  }, 180_000)
})
