// Offline-ready: in Chromium behind a 400 kbps / 400 ms round-trip link (scripts/lib/slow-link.ts),
// from the first navigation until every page of the newest issue would open with the server
// stopped: a service worker controls the page and holds the issue. What crossed the link by then
// is counted. The same measure serves this app and the peer (scripts/bench/peer.ts).
import { chromium, type Page } from 'playwright-core'
import { type Crossing, slowLink } from '../lib/slow-link'

export interface Readiness {
  firstPaintMs: number
  readyMs: number
  /** Response bodies that crossed the link by offline-ready. */
  bytes: number
  requests: Crossing[]
}

/** This app: the worker controls the page, and its record of kept issues lists `date` as home. */
export const keptAsHome = (date: string) => (page: Page) =>
  page.evaluate(async (d) => {
    if (navigator.serviceWorker.controller?.state !== 'activated') return false
    const res = await (await caches.open('zzrb-meta')).match('/__kept.json')
    return res
      ? ((await res.json()) as Array<{ date: string; home: boolean }>).some((k) => k.date === d && k.home)
      : false
  }, date)

/** A stock PWA: a worker is active and its caches hold every page given. */
export const precached = (paths: string[]) => (page: Page) =>
  page.evaluate(async (want) => {
    const reg = await navigator.serviceWorker.getRegistration()
    if (reg?.active?.state !== 'activated') return false
    const have = new Set<string>()
    for (const name of await caches.keys())
      for (const r of await (await caches.open(name)).keys()) have.add(new URL(r.url).pathname)
    return want.every((p) => have.has(p) || have.has(`${p.replace(/\/$/, '')}/index.html`))
  }, paths)

export async function offlineReady(upstreamPort: number, ready: (page: Page) => Promise<boolean>): Promise<Readiness> {
  const link = await slowLink(upstreamPort, 400, 400_000)
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
    const t0 = link.now()
    await page.goto(`${link.origin}/`, { waitUntil: 'domcontentloaded' })
    const firstPaintMs = link.now() - t0
    for (;;) {
      if (await ready(page)) {
        const readyMs = link.now() - t0
        const requests = link.log.filter((c) => c.startMs <= readyMs + t0)
        return { firstPaintMs, readyMs, bytes: requests.reduce((n, c) => n + c.bytes, 0), requests }
      }
      if (link.now() - t0 > 180_000) throw new Error('not offline-ready within 3 minutes')
      await page.waitForTimeout(50)
    }
  } finally {
    await browser.close()
    await link.close()
  }
}

export const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!
