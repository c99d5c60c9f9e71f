// Makes the KV writes a publish would make (publish/kv-writes.ts, handed over by the global
// setup) in this test file's KV: workerd's simulator, isolated per file.
import { env } from 'cloudflare:workers'
import { inject } from 'vitest'

export async function seedPublishedContent(which: 'published' | 'publishedWithFixtures' = 'published'): Promise<void> {
  for (const op of inject(which)) await ('delete' in op ? env.KV.delete(op.key) : env.KV.put(op.key, op.value))
}
