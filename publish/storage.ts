// The publisher's way to the data: the very bindings the worker has (KV, D1, R2), from wrangler's
// getPlatformProxy(). Locally they open the same state folder as `wrangler dev`; with --remote they
// are the real namespace, database and bucket (remote bindings, wrangler.toml's [env.production]).
import { execFile } from 'node:child_process'
import { createRequire } from 'node:module'
import { join, resolve } from 'node:path'
import { promisify } from 'node:util'
import { retryingLocalD1 } from './local-d1-retry'
import type { PreviewSite } from './preview-links'

export interface Target {
  remote: boolean
  /** Local state folder (wrangler's --persist-to); default .wrangler/state. */
  persistTo?: string | undefined
  /** The wrangler.toml that names the bindings. */
  config?: string | undefined
}

export interface Storage {
  kv: KVNamespace
  db: D1Database
  photos: R2Bucket
  /** Where preview links point and the key they are signed with. */
  preview: PreviewSite
  /**
   * Runs a run's first read of the ledger. Where its tables or columns are missing (a new local
   * state, a new database), migrations/ is applied first with wrangler's own command, and the read runs again.
   */
  firstRead<T>(read: () => Promise<T>): Promise<T>
  close(): Promise<void>
}

interface Bindings {
  KV: KVNamespace
  DB: D1Database
  PHOTOS: R2Bucket
  /** From .dev.vars locally (scripts/dev/preview-secret.ts); a Worker secret in production. */
  PREVIEW_SECRET?: string
  SITE_URL?: string
}

/** The environment of wrangler.toml whose bindings are the real ones. */
const PRODUCTION = 'production'
const STATE = '.wrangler/state'
/** The pinned wrangler (npm runs the publisher from the project's folder). */
const WRANGLER = resolve('scripts/wrangler')

const SIGNALS = ['SIGINT', 'SIGTERM'] as const

export async function openStorage(target: Target): Promise<Storage> {
  const state = target.persistTo ?? STATE
  const ours = new Map(SIGNALS.map((s) => [s, new Set(process.listeners(s))]))
  // The publisher says what it does itself: wrangler's notes (such as which .dev.vars it read for
  // the worker's secrets, which the publisher never uses) would mix into its report.
  process.env.WRANGLER_LOG ??= 'warn'
  // wrangler is one CommonJS file of 12.7 MB: require() loads it 0.3 s sooner than import(),
  // which first scans it for named exports.
  const { getPlatformProxy } = createRequire(import.meta.url)('wrangler') as typeof import('wrangler')
  const proxy = await getPlatformProxy<Bindings>({
    ...(target.config ? { configPath: target.config } : {}),
    ...(target.remote
      ? { environment: PRODUCTION, remoteBindings: true }
      : { persist: { path: join(state, 'v3') }, remoteBindings: false }),
  })
  // wrangler and the runtime behind the bindings would exit the process on Ctrl-C at once; the
  // publisher first gives its lock back through them, then closes them (close()).
  for (const signal of SIGNALS)
    for (const listener of process.listeners(signal))
      if (!ours.get(signal)?.has(listener)) process.removeListener(signal, listener)
  const where = target.remote ? ['--remote', '--env', PRODUCTION] : ['--local', '--persist-to', state]
  return {
    kv: proxy.env.KV,
    db: target.remote ? proxy.env.DB : retryingLocalD1(proxy.env.DB),
    photos: proxy.env.PHOTOS,
    // A Worker secret cannot be read back: for --remote the publisher is given it in its environment.
    preview: {
      secret: process.env.PREVIEW_SECRET || proxy.env.PREVIEW_SECRET || undefined,
      origin: (proxy.env.SITE_URL || `http://localhost:${process.env.PORT || 8787}`).replace(/\/$/, ''),
    },
    async firstRead(read) {
      try {
        return await read()
      } catch (e) {
        if (!/no such (table|column)/.test(String(e))) throw e
        const config = target.config ? ['--config', target.config] : []
        await promisify(execFile)(WRANGLER, ['d1', 'migrations', 'apply', 'DB', ...where, ...config], {
          env: { ...process.env, CI: 'true' },
        })
        return read()
      }
    },
    close: () => proxy.dispose(),
  }
}
