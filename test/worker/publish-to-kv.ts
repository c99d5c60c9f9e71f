// Puts what the publisher would write into this test file's KV (workerd's simulator, isolated per file).
import { env } from 'cloudflare:workers'
import { inject } from 'vitest'

export async function seedPublishedContent(which: 'published' | 'publishedWithFixtures' = 'published'): Promise<void> {
  for (const { key, value } of inject(which)) await env.KV.put(key, value)
}
