// JavaScript on first load, from the build's own manifest (npm test builds first): the entry,
// what it imports, and the islands a page hydrates. Deterministic, so asserted.
import { describe, expect, it } from 'vitest'
import { firstLoadJs } from '../../scripts/bench/bytes'

const firstLoadBytes = (islands: string[]) => firstLoadJs(islands).gzip

describe('JS on first load (gzip)', () => {
  it('the front page stays within 10 KB', () => {
    expect(firstLoadBytes([])).toBeLessThanOrEqual(10 * 1024)
  })
  it('an article page, with its tools, stays within 12 KB', () => {
    expect(firstLoadBytes(['islands/Tools.tsx'])).toBeLessThanOrEqual(12 * 1024)
  })
})
