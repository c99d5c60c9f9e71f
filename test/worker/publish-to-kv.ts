// Puts what the publisher would write into this test's KV (workerd's simulator, isolated per test file).
import { env } from 'cloudflare:workers'
import { inject } from 'vitest'

export async function seedPublishedContent(): Promise<void> {
  for (const { key, value } of inject('published')) await env.KV.put(key, value)
}
