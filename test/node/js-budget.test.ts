// JavaScript on first load, from the build's own manifest (npm test builds first): the entry,
// what it imports, the islands a page hydrates and what they load as they hydrate (an article's
// tools ask the 收藏 store). The update offer loads once the page is idle and is not counted.
// Deterministic, so asserted.
import { describe, expect, it } from 'vitest'
import { firstLoadJs } from '../../scripts/bench/bytes'

const firstLoadBytes = (modules: string[]) => firstLoadJs(modules).gzip

describe('JS on first load (gzip)', () => {
  it('the front page stays within 10 KB', () => {
    expect(firstLoadBytes([])).toBeLessThanOrEqual(10 * 1024)
  })
  it('an article page, with its tools, stays within 12 KB', () => {
    expect(firstLoadBytes(['Tools.island.tsx', 'platform/saved.ts'])).toBeLessThanOrEqual(12 * 1024)
  })
})
