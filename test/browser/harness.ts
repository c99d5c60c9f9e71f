// Browser tests drive Debian's Chromium through playwright-core against the real site: wrangler
// dev (workerd + local KV) on a loopback port. "Offline" means the server process is stopped.
import { execFile } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdir, mkdtemp } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core'
import { afterAll, beforeAll } from 'vitest'
import { Server } from '../../scripts/lib/dev-server'
import { publishedCopy } from '../state-cache'

export { Server }

const run = promisify(execFile)
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
export const hasChromium = existsSync(CHROMIUM)
/** Where tests leave screenshots: docs/screenshots (the README's) with ZZRB_SCREENSHOTS=docs. */
export const SCREENSHOTS = process.env.ZZRB_SCREENSHOTS === 'docs' ? 'docs/screenshots' : '.build/screenshots'

/** The screen a reader sees first, as a JPEG named `name` among the screenshots. */
export async function screenshot(page: Page, name: string): Promise<void> {
  await mkdir(SCREENSHOTS, { recursive: true })
  await page.screenshot({ path: `${SCREENSHOTS}/${name}.jpg`, type: 'jpeg', quality: 70 })
}

if (!hasChromium) {
  const message = `\n*** Browser tests need Chromium at ${CHROMIUM} (Debian: apt-get install -y chromium). ***\n`
  if (process.env.CI === 'true') throw new Error(`${message}CI=true: a missing browser fails the run.`)
  console.warn(`${message}*** Skipping ONLY the browser tests. ***\n`)
}

/** A fresh local KV state with content/ (or another folder) published into it (test/state-cache.ts). */
export const publishedState = (content = 'content'): Promise<string> => publishedCopy(content, 'zzrb-browser-kv-')

export async function publishTo(state: string, content: string): Promise<void> {
  await run(process.execPath, ['scripts/publish.mjs', '--persist-to', state, '--content', content])
}

const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
]

export async function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: ARGS })
}

/** A browser with an ordinary (not incognito) profile: Chromium only installs apps there. */
export async function launchProfile(): Promise<BrowserContext> {
  return chromium.launchPersistentContext(await mkdtemp(join(tmpdir(), 'zzrb-profile-')), {
    executablePath: CHROMIUM,
    args: ARGS,
  })
}

/** A page whose console errors are collected, for the tests to assert there are none. */
export async function openPage(context: BrowserContext): Promise<{ page: Page; errors: string[] }> {
  const page = await context.newPage()
  const errors: string[] = []
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()))
  page.on('pageerror', (e) => errors.push(e.message))
  return { page, errors }
}

/**
 * Counts the page's layout shifts from its first paint, as CLS does (not those right after the
 * reader's input); `layoutShift` reads the sum so far.
 */
export const countLayoutShifts = (page: Page) =>
  page.addInitScript(() => {
    const w = window as unknown as { shifts: number }
    w.shifts = 0
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as Array<PerformanceEntry & { value: number; hadRecentInput: boolean }>)
        if (!e.hadRecentInput) w.shifts += e.value
    }).observe({ type: 'layout-shift', buffered: true })
  })
export const layoutShift = (page: Page) => page.evaluate(() => (window as unknown as { shifts: number }).shifts)

/**
 * What axe-core finds wrong on the page as it is now, one line a rule (its id and how many
 * elements). The page's context must bypass the CSP, only so that axe can be injected.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: createRequire(import.meta.url).resolve('axe-core/axe.min.js') })
  return page.evaluate(async () => {
    const result = await (
      window as unknown as { axe: { run: () => Promise<{ violations: Array<{ id: string; nodes: unknown[] }> }> } }
    ).axe.run()
    return result.violations.map((v) => `${v.id} (${v.nodes.length})`)
  })
}

/** Waits until the service worker controls the page and has kept the issue of `date` whole as home. */
export async function waitUntilKept(page: Page, date: string): Promise<void> {
  const deadline = Date.now() + 60_000
  while (Date.now() < deadline) {
    const kept = await page.evaluate(async (d) => {
      if (navigator.serviceWorker.controller?.state !== 'activated') return false
      const res = await (await caches.open('zzrb-meta')).match('/__kept.json')
      const list = res ? ((await res.json()) as Array<{ date: string; home: boolean }>) : []
      return list.some((k) => k.date === d && k.home)
    }, date)
    if (kept) return
    await page.waitForTimeout(250)
  }
  throw new Error(`the issue of ${date} was not kept within 60 s`)
}

/**
 * For a describe block: publishes `content` into a fresh local KV, starts wrangler dev on `port`
 * and Chromium before the tests, and stops both after. `around` runs first and last (builds).
 * `reset` gives a test a fresh state of its own, so no test depends on what an earlier one did.
 */
export function useSite(
  port: number,
  content = 'content',
  around?: { before: () => Promise<void>; after: () => Promise<void> },
) {
  const site = {
    async reset(fresh = content) {
      await site.server?.stop()
      site.server = new Server(port, await publishedState(fresh))
      await site.server.start()
    },
  } as { browser: Browser; server: Server; reset: (content?: string) => Promise<void> }
  beforeAll(async () => {
    await around?.before()
    await site.reset()
    site.browser = await launch()
  })
  afterAll(async () => {
    await site.browser?.close()
    await site.server?.stop()
    await around?.after()
  })
  return site
}
