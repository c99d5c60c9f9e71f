// Bytes a reader downloads: JavaScript on first load, the service worker, the offline bundle of
// the latest issue, against the issue's own text.
import { readFileSync } from 'node:fs'
import { brotliCompressSync, constants, gzipSync } from 'node:zlib'
import type { Edition } from '../../core/model'
import { bodyText } from '../../core/search/docs'

export const gz = (b: Buffer | string) => gzipSync(b, { level: 9 }).length
export const br = (b: Buffer | string) =>
  brotliCompressSync(b, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length

type Chunk = { file: string; imports?: string[] }
const manifest = () => JSON.parse(readFileSync('dist/client/.vite/manifest.json', 'utf8')) as Record<string, Chunk>

/**
 * The page's entry and what it imports, plus the named modules (by the end of their manifest
 * key, e.g. `Tools.island.tsx`) with theirs: the islands a page hydrates and what they load.
 */
export function firstLoadJs(modules: string[]): { gzip: number; brotli: number } {
  const m = manifest()
  const keyOf = (name: string) => {
    const key = Object.keys(m).find((k) => k === name || k.endsWith(`/${name}`))
    if (!key) throw new Error(`${name} is not in the build's manifest`)
    return key
  }
  const seen = new Set<string>()
  const visit = (key: string) => {
    if (seen.has(key)) return
    seen.add(key)
    for (const i of m[key]?.imports ?? []) visit(i)
  }
  for (const key of ['main.ts', ...modules.map(keyOf)]) visit(key)
  const files = [...seen].map((k) => readFileSync(`dist/client/${m[k]!.file}`))
  return { gzip: files.reduce((n, f) => n + gz(f), 0), brotli: files.reduce((n, f) => n + br(f), 0) }
}

export function serviceWorker(): { bytes: number; gzip: number } {
  const sw = readFileSync('dist/client/sw.js')
  return { bytes: sw.length, gzip: gz(sw) }
}

/** What the service worker keeps of an issue: its edition JSON, from which it renders every page. */
export function offlineBundle(editionJson: string): { bytes: number; gzip: number; brotli: number } {
  return { bytes: Buffer.byteLength(editionJson), gzip: gz(editionJson), brotli: br(editionJson) }
}

export function issueText(edition: Edition): string {
  return edition.articles
    .map((a) => [a.kicker, a.title, a.subtitle, ...bodyText(a.body)].filter(Boolean).join('\n'))
    .join('\n\n')
}
