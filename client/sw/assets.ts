/// <reference lib="webworker" />
// The app's files, in the order a first visit on one bar of signal needs them. Cached before the
// worker takes over: only the page's own script, which kept pages load and which the browser has
// just fetched for the page anyway. Everything else (the islands' scripts, the stylesheet they
// bring, icons, the manifest, the shell pages) is fetched once the issue is kept, all at once,
// and served from its cache from then on; the files of earlier versions go then.
import { CacheFirst } from 'workbox-strategies'

export interface ManifestEntry {
  url: string
  revision: string | null
}

const ASSETS = 'zzrb-assets'
const SHELL = 'zzrb-shell'
const path = (url: string) => `/${url.replace(/^\//, '')}`

/** The build's entry, as the page's <script src>. */
export function mainScriptOf(manifest: ManifestEntry[]): string | undefined {
  const entry = manifest.find((e) => /^\/?assets\/main-[\w-]+\.js$/.test(e.url))
  return entry && path(entry.url)
}

export function split(manifest: ManifestEntry[]) {
  const main = mainScriptOf(manifest)
  return {
    critical: manifest.filter((e) => path(e.url) === main),
    /** Hashed files and icons: the same URL never changes. */
    files: manifest.filter((e) => path(e.url) !== main && e.revision === null).map((e) => path(e.url)),
    /** Pages the worker renders (the shell: 设置, 收藏, 搜索, offline), by revision. */
    pages: manifest.filter((e) => e.revision !== null && !e.url.includes('.')).map((e) => path(e.url)),
    /** Files named without a hash (icons, the manifest): fetched again by each version. */
    named: manifest.filter((e) => e.revision !== null && e.url.includes('.')).map((e) => path(e.url)),
  }
}

/** Serves the app's files from their cache once fetched. */
export const files = new CacheFirst({ cacheName: ASSETS })

/** Marks which version's files are all fetched: each version fetches them once. */
const DONE = '/__fetched.json'

/** Fetches what offline pages may need after all, in parallel; pages into the shell cache. */
export async function fetchLater(parts: ReturnType<typeof split>, version: string): Promise<void> {
  const assets = await caches.open(ASSETS)
  const shell = await caches.open(SHELL)
  if ((await (await shell.match(DONE))?.text()) === version) return
  const have = new Set((await assets.keys()).map((r) => new URL(r.url).pathname))
  const get = async (url: string, into: Cache, fresh: boolean) => {
    const res = await fetch(url, { credentials: 'same-origin', cache: fresh ? 'no-cache' : 'default' })
    if (res.ok && res.type === 'basic') await into.put(url, res)
  }
  const results = await Promise.allSettled([
    ...parts.files.filter((u) => !have.has(u)).map((u) => get(u, assets, false)),
    ...parts.named.map((u) => get(u, assets, true)),
    ...parts.pages.map((u) => get(u, shell, true)),
  ])
  if (results.every((r) => r.status === 'fulfilled')) await shell.put(DONE, new Response(version))
  // Files of earlier versions go.
  const current = new Set([...parts.critical.map((e) => path(e.url)), ...parts.files, ...parts.named])
  for (const r of await assets.keys()) if (!current.has(new URL(r.url).pathname)) await assets.delete(r)
}

/** A shell page (设置, 收藏, 搜索, offline) as last fetched. */
export async function shellPage(url: string): Promise<Response | undefined> {
  return (await (await caches.open(SHELL)).match(url)) ?? undefined
}
