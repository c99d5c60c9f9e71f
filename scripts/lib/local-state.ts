// The bindings wrangler.toml names (read with wrangler's own config reader), on a local state
// folder (wrangler's --persist-to), for miniflare: where the tests and the benchmarks run the
// built worker on what the publisher wrote.
import { join } from 'node:path'
import { Miniflare } from 'miniflare'
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

type QueueProducer = { binding: string; queue: string }
/** A `[[queues.consumers]]` entry of wrangler.toml. */
export type QueueConsumer = {
  queue: string
  max_batch_size?: number
  max_batch_timeout?: number
  max_retries?: number
}

/** The consumers wrangler.toml configures (top level: what local work runs). */
export const queueConsumers = config.queues.consumers as QueueConsumer[]

/**
 * The Queues as wrangler.toml has them, for miniflare: each producer binding, and the worker as
 * the consumer of each queue it consumes, with the batch size, batch timeout and retries set there.
 */
export const localQueues = () => ({
  queueProducers: Object.fromEntries(
    (config.queues.producers as QueueProducer[]).map((p): [string, { queueName: string }] => [
      p.binding,
      { queueName: p.queue },
    ]),
  ),
  queueConsumers: Object.fromEntries(
    queueConsumers.map((c) => [
      c.queue,
      { maxBatchSize: c.max_batch_size, maxBatchTimeout: c.max_batch_timeout, maxRetries: c.max_retries },
    ]),
  ),
})

/** A VAPID key pair and its contact, as the worker's vars take them. */
export interface Vapid {
  publicKey: string
  privateKey: string
  subject: string
}

/**
 * The wrangler-built worker (in `workerDir`) in miniflare on a local state, with the vars of
 * wrangler.toml, these VAPID keys, and its queues: how the push tests and the push bench run it.
 */
export const pushWorker = (workerDir: string, state: string, vapid: Vapid) =>
  new Miniflare({
    modules: true,
    scriptPath: join(workerDir, 'index.js'),
    modulesRoot: workerDir,
    cache: false,
    ...localBindings(state),
    bindings: {
      ...(config.vars as Record<string, string>),
      VAPID_PUBLIC_KEY: vapid.publicKey,
      VAPID_PRIVATE_KEY: vapid.privateKey,
      VAPID_SUBJECT: vapid.subject,
    },
    ...localQueues(),
  })
