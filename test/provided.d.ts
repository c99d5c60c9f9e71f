// What the worker tests' global setup (Node) hands to the tests (workerd).
import type { KvEntry } from '../publish/kv-keys'

declare module 'vitest' {
  export interface ProvidedContext {
    /** KV as a publish of content/ leaves it. */
    published: KvEntry[]
    /** KV as a publish of content/ plus test/fixtures/issues leaves it. */
    publishedWithFixtures: KvEntry[]
  }
}
