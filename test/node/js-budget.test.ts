// JavaScript on first load, from the build's own manifest (npm test builds first): the entry,
// what it imports, and the islands a page hydrates. Deterministic, so asserted.
import { readFileSync } from 'node:fs'
import { gzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'

type Chunk = { file: string; imports?: string[] }
const manifest = JSON.parse(readFileSync('dist/client/.vite/manifest.json', 'utf8')) as Record<string, Chunk>

export function firstLoadBytes(islands: string[]): number {
  const seen = new Set<string>()
  const visit = (key: string) => {
    if (seen.has(key)) return
    seen.add(key)
    for (const i of manifest[key]?.imports ?? []) visit(i)
  }
  for (const key of ['main.ts', ...islands]) visit(key)
  return [...seen].reduce((n, k) => n + gzipSync(readFileSync(`dist/client/${manifest[k]!.file}`), { level: 9 }).length, 0)
}

describe('JS on first load (gzip)', () => {
  it('the front page stays within 10 KB', () => {
    expect(firstLoadBytes([])).toBeLessThanOrEqual(10 * 1024)
  })
  it('an article page, with its tools, stays within 12 KB', () => {
    expect(firstLoadBytes(['islands/Tools.tsx'])).toBeLessThanOrEqual(12 * 1024)
  })
})
