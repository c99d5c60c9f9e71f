// What the worker tests' global setup (Node) hands to the tests (workerd).
import type { KvOp } from '../core/kv-keys'

declare module 'vitest' {
  export interface ProvidedContext {
    /** The KV writes a publish of content/ makes, in order. */
    published: KvOp[]
    /** The KV writes a publish of content/ plus test/fixtures/issues makes, in order. */
    publishedWithFixtures: KvOp[]
  }
}
