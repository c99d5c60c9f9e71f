// What the worker tests' global setup (Node) hands to the tests (workerd).
import type { KvEntry } from '../publish/kv-keys'

declare module 'vitest' {
  export interface ProvidedContext {
    published: KvEntry[]
  }
}
