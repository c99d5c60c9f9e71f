// What the global setups (Node) hand to the tests: the worker tests' (in workerd) and the node tests'.
import type { KvEntry } from '../core/kv-keys'
import type { Statement } from '../core/ledger/statement'

/** A first publish: the editions it uploads to KV, and what it records in the ledger (D1). */
export interface Seed {
  uploads: KvEntry[]
  ledger: Statement[]
}

declare module 'vitest' {
  export interface ProvidedContext {
    /** `npm run test:long`: the long runs of the property, load and scale tests. */
    long: boolean
    /** A publish of content/. */
    published: Seed
    /** A publish of content/ plus test/fixtures/issues. */
    publishedWithFixtures: Seed
    /** The same, plus a day scheduled for 2099 (test/fixtures/issues-scheduled). */
    publishedWithScheduled: Seed
    /** content/ and sixty synthetic days before it (test/synthetic/archive.ts). */
    publishedWithSynthetic: Seed
    /** The node tests: the worker as wrangler bundles it for deploy (test/node/worker-build.setup.ts). */
    workerDir: string
  }
}
