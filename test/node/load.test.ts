// The load test, in CI: 60 s at 64 connections against wrangler dev on the front page, an
// article, the API bundle and search. Every answer must be a 2xx, and the worker must not leak:
// its JS heap after GC between requests stays flat. Latency and memory are printed.
import { describe, expect, it } from 'vitest'
import { HEAP_GROWTH_LIMIT_MB, memoryLines, runLoad } from '../../scripts/bench/load'

describe('under load', () => {
  it('answers every request of 60 s × 64 connections without an error, and its heap stays flat', async () => {
    const run = await runLoad(60, 64)
    const { before, after } = run.quietHeapMb
    console.log(
      `load: ${run.result.requests} requests, ${run.result.rps} req/s, ` +
        `p50 ${run.result.p50} ms, p99 ${run.result.p99} ms; ` +
        `JS heap after GC ${before} → ${after} MB\n${memoryLines(run.memory)}`,
    )
    expect(run.result.requests).toBeGreaterThan(1000)
    expect(run.result.errors).toBe(0)
    expect(run.result.non2xx).toBe(0)
    expect(run.heapGrowthMb).toBeLessThan(HEAP_GROWTH_LIMIT_MB)
  }, 180_000)
})
