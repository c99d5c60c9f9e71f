// JavaScript a page loads, from the build's own manifest (npm test builds first), and the service
// worker. On first load a page runs its entry alone: Preact and the islands come once the page is
// idle (and, on a first visit, once the issue is kept), so they never hold up the first view or
// the issue crossing the link. Every amount is asserted; they are deterministic.
import { readFileSync } from 'node:fs'
import { gzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { firstLoadJs } from '../../scripts/bench/bytes'

const bytes = (modules: string[]) => firstLoadJs(modules).gzip

describe('JS (gzip)', () => {
  it('on first load, every page stays within 8 KB: the entry and nothing else', () => {
    expect(bytes([])).toBeLessThanOrEqual(8 * 1024)
  })
  it('once idle, an article with its tools, its 收藏 store and the status bar stays within 12.5 KB', () => {
    expect(bytes(['Tools.island.tsx', 'Status.island.tsx', 'platform/saved.ts'])).toBeLessThanOrEqual(12.5 * 1024)
  })
})

describe('the service worker (gzip)', () => {
  // Every first visit downloads it before the issue is offline-ready (npm run bench:offline).
  it('stays within 28.5 KB: it renders every page of a kept issue', () => {
    const sw = gzipSync(readFileSync('dist/client/sw.js'), { level: 9 }).length
    console.log(`service worker: ${sw} B gzip`)
    expect(sw).toBeLessThanOrEqual(28.5 * 1024)
  })
})
