// Offline-ready time: in Chromium behind a 400 kbps / 400 ms round-trip link, from the first
// navigation until the whole latest issue is kept by the service worker.
import { chromium } from 'playwright-core'
import { Server } from '../lib/dev-server'
import { slowLink } from '../lib/slow-link'

export async function offlineReady(state: string, date: string): Promise<{ firstPaintMs: number; readyMs: number }> {
  const server = new Server(8932, state)
  await server.start()
  const link = await slowLink(server.port, 400, 400_000)
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  })
  try {
    const page = await (await browser.newContext()).newPage()
    const t0 = Date.now()
    await page.goto(`${link.origin}/`, { waitUntil: 'domcontentloaded' })
    const firstPaintMs = Date.now() - t0
    for (;;) {
      const kept = await page.evaluate(async (d) => {
        const res = await (await caches.open('zzrb-meta')).match('/__kept.json')
        return res ? ((await res.json()) as Array<{ date: string }>).some((k) => k.date === d) : false
      }, date)
      if (kept) return { firstPaintMs, readyMs: Date.now() - t0 }
      if (Date.now() - t0 > 180_000) throw new Error('not offline-ready within 3 minutes')
      await page.waitForTimeout(100)
    }
  } finally {
    await browser.close()
    await link.close()
    await server.stop()
  }
}
