// Byte budgets, deterministic: the longest article of 2024-03-11 fits one TCP round trip.
import { beforeAll, describe, expect, it } from 'vitest'
import { seedPublishedContent } from './publish-to-kv'
import { get } from './http'

beforeAll(() => seedPublishedContent())

async function gzipBytes(body: string): Promise<number> {
  const stream = new Response(body).body!.pipeThrough(new CompressionStream('gzip'))
  return (await new Response(stream).arrayBuffer()).byteLength
}

describe('byte budgets', () => {
  it('the longest article page, HTML with its inline CSS, is under 14 KB gzipped (aim 8 KB)', async () => {
    const html = await (await get('/issues/2024-03-11/wen-jiuye-zhuzhou-shijian')).text()
    const bytes = await gzipBytes(html)
    expect(bytes).toBeLessThanOrEqual(14 * 1024)
    expect(bytes).toBeLessThanOrEqual(8 * 1024)
  })

  it('the front page is under 8 KB gzipped', async () => {
    expect(await gzipBytes(await (await get('/')).text())).toBeLessThanOrEqual(8 * 1024)
  })
})
