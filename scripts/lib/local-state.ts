// The bindings wrangler.toml names, on a local state folder (wrangler's --persist-to), for
// miniflare: where the tests and the benchmarks run the built worker on what the publisher wrote.
import { join } from 'node:path'

export const localBindings = (state: string) => ({
  compatibilityDate: '2026-04-20',
  kvNamespaces: { KV: '00000000000000000000000000000000' },
  kvPersist: join(state, 'v3', 'kv'),
  d1Databases: { DB: '00000000-0000-0000-0000-000000000000' },
  d1Persist: join(state, 'v3', 'd1'),
  r2Buckets: { PHOTOS: 'zzrb-photos' },
  r2Persist: join(state, 'v3', 'r2'),
})
