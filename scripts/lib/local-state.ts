// The bindings wrangler.toml names (read with wrangler's own config reader), on a local state
// folder (wrangler's --persist-to), for miniflare: where the tests and the benchmarks run the
// built worker on what the publisher wrote.
import { join } from 'node:path'
import { unstable_readConfig } from 'wrangler'

const config = unstable_readConfig({ config: 'wrangler.toml' }, { hideWarnings: true })

export const localBindings = (state: string) => ({
  compatibilityDate: config.compatibility_date,
  kvNamespaces: Object.fromEntries(
    config.kv_namespaces.map((k: { binding: string; id?: string }) => [k.binding, k.id ?? k.binding]),
  ),
  kvPersist: join(state, 'v3', 'kv'),
  d1Databases: Object.fromEntries(
    config.d1_databases.map((d: { binding: string; database_id?: string }) => [d.binding, d.database_id ?? d.binding]),
  ),
  d1Persist: join(state, 'v3', 'd1'),
  r2Buckets: Object.fromEntries(
    config.r2_buckets.map((r: { binding: string; bucket_name?: string }) => [r.binding, r.bucket_name ?? r.binding]),
  ),
  r2Persist: join(state, 'v3', 'r2'),
})
