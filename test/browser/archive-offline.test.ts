// 往期 on a phone: 下载本期 says what the issue costs (its text and its images) and shows how far
// saving it has come; then, with the server stopped, 往期 and the offline page list the kept
// issues as links that open, and 设置 asks before it clears them.
import { cp, mkdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { copyContent } from '../node/content-copy'
import { testPhoto } from '../photos/generate'
import { hasChromium, launch, openPage, publishedState, Server, screenshot, waitUntilKept } from './harness'

const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true }
const HOME = '2024-03-11'
/** An older issue with photos: the photo fixture's day, moved before the newest. */
const OLDER = '2024-03-08'

/** content/ with the photo fixture published as 2024-03-08. */
async function contentWithOlderPhotos(): Promise<string> {
  const dir = await copyContent()
  const day = join(dir, 'issues', OLDER)
  await cp('test/fixtures/issues-photos/2024-03-15', day, { recursive: true })
  const yaml = join(day, 'issue.yaml')
  await writeFile(yaml, (await readFile(yaml, 'utf8')).replace('date: 2024-03-15', `date: ${OLDER}`))
  await mkdir(join(day, 'images'))
  await writeFile(join(day, 'images/a.jpg'), await testPhoto(1600, 1067, { seed: 1 }))
  await writeFile(join(day, 'images/b.jpg'), await testPhoto(900, 1200, { seed: 2 }))
  await writeFile(join(day, 'images/c.png'), await testPhoto(320, 240, { seed: 3, format: 'png' }))
  return dir
}

/** "约 35 KB" → bytes. */
const bytesOf = (text: string) => {
  const [, n, unit] = /约 ([\d.]+) (KB|MB)/.exec(text) ?? []
  return Number(n) * 1024 ** (unit === 'MB' ? 2 : 1)
}

/** The bytes the service worker keeps for the issue of `date`: every entry of its cache. */
const cachedBytes = (page: Page, date: string) =>
  page.evaluate(async (d) => {
    const meta = await (await caches.open('zzrb-meta')).match('/__kept.json')
    const kept = ((await meta?.json()) ?? []) as Array<{ date: string; cache: string }>
    const cache = await caches.open(kept.find((k) => k.date === d)!.cache)
    let total = 0
    for (const request of await cache.keys()) total += (await (await cache.match(request))!.arrayBuffer()).byteLength
    return total
  }, date)

const hrefs = (page: Page, selector: string) =>
  page.locator(selector).evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname))

describe.skipIf(!hasChromium)('往期 on a phone, and offline', () => {
  let server: Server
  let browser: Browser
  beforeAll(async () => {
    server = new Server(8927, await publishedState(await contentWithOlderPhotos()))
    await server.start()
    browser = await launch()
  })
  afterAll(async () => {
    await browser?.close()
    await server?.stop()
  })

  it('下载本期 states the real size and shows progress; offline, 往期 and the offline page open the kept issues', async () => {
    const context = await browser.newContext(PHONE)
    const { page, errors } = await openPage(context)
    await page.goto(`${server.origin}/`)
    await waitUntilKept(page, HOME)

    // The month's calendar links its two issues.
    await page.goto(`${server.origin}/archive/2024/03`)
    expect(await hrefs(page, '.cal td a')).toEqual([`/issues/${OLDER}`, `/issues/${HOME}`])
    const line = page.locator('.issues li', { has: page.locator(`a[href="/issues/${OLDER}"]`) })
    const button = line.locator('button.download')
    const label = (await button.textContent()) ?? ''
    expect(label).toMatch(/^下载本期（约 [\d.]+ KB：文字 [\d.]+ KB，图片 [\d.]+ KB）$/)
    // What the line shows while it saves (a progress bar and its count), and what the worker tells.
    await line.evaluate((li) => {
      const w = window as unknown as { seen: string[]; told: unknown[] }
      w.seen = []
      w.told = []
      new BroadcastChannel('zzrb-keep').onmessage = (e) => w.told.push(e.data)
      new MutationObserver(() => li.querySelector('progress') && w.seen.push(li.textContent ?? '')).observe(li, {
        subtree: true,
        childList: true,
        characterData: true,
      })
    })
    await button.click()
    await line.getByText('已保存在手机上').waitFor()
    const { seen, told } = await page.evaluate(() => {
      const w = window as unknown as { seen: string[]; told: unknown[] }
      return { seen: w.seen, told: w.told }
    })
    // The edition's JSON and its three photos: four files, counted as they are kept.
    expect(
      seen.some((s) => /已保存 [1-4]\/4/.test(s)),
      seen.join('\n'),
    ).toBe(true)
    expect(told.at(-1)).toEqual({ date: OLDER, done: 4, total: 4, finished: true })

    // What it says (rounded, and the bytes the archive gives it) against what the cache holds.
    const stated = bytesOf(label)
    const props = JSON.parse((await line.locator('[data-island]').getAttribute('data-props')) ?? '{}')
    const cached = await cachedBytes(page, OLDER)
    console.log(`${label}: ${props.bytes} + ${props.photoBytes} B; kept in Cache Storage: ${cached} B`)
    expect(Math.abs(stated - cached) / cached).toBeLessThan(0.15)
    expect(Math.abs(props.bytes + props.photoBytes - cached) / cached).toBeLessThan(0.15)

    // 设置 lists the kept issues as links.
    await page.goto(`${server.origin}/settings`)
    await page.locator(`.kept a[href="/issues/${OLDER}"]`).waitFor()
    expect(await hrefs(page, '.kept a')).toEqual(expect.arrayContaining([`/issues/${OLDER}`, `/issues/${HOME}`]))

    await server.stop()
    for (const path of ['/offline', '/archive', '/archive/2024/03', '/issues/2020-01-01']) {
      await page.goto(`${server.origin}${path}`)
      const kept = await hrefs(page, 'main nav[aria-label="保存在手机上的报纸"] a')
      expect(kept, path).toEqual([`/issues/${HOME}`, `/issues/${OLDER}`])
    }
    await page.goto(`${server.origin}/archive`)
    await screenshot(page, 'archive-offline-390')
    // The offline page leads on, never back to itself (an in-page link aside).
    await page.goto(`${server.origin}/offline`)
    const away = await page
      .locator('a[href]')
      .evaluateAll((links) =>
        links
          .filter((a) => !a.getAttribute('href')!.startsWith('#'))
          .map((a) => new URL((a as HTMLAnchorElement).href).pathname),
      )
    expect(away).not.toContain('/offline')
    // A kept issue's link opens its front page, rendered by the service worker.
    await page.goto(`${server.origin}/archive`)
    await page.locator(`main nav a[href="/issues/${OLDER}"]`).click()
    await page.waitForURL(`**/issues/${OLDER}`)
    expect(await page.locator('main').textContent()).toContain('测试图片稿件')

    // 清除离线内容 asks first, in the page; 取消 keeps everything and gives the focus back.
    await page.goto(`${server.origin}/settings`)
    const clear = page.getByRole('button', { name: '清除离线内容' })
    await clear.click()
    const dialog = page.locator('dialog[open]')
    await dialog.getByRole('button', { name: '取消' }).click()
    expect(await dialog.count()).toBe(0)
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('清除离线内容')
    expect(await page.locator('.kept li').count()).toBe(2)
    await clear.click()
    await dialog.getByRole('button', { name: '清除' }).click()
    await expect.poll(() => page.locator('.kept li').count()).toBe(0)

    const unexpected = errors.filter((e) => !/Failed to (fetch|load resource|update a ServiceWorker)|net::ERR/.test(e))
    expect(unexpected, unexpected.join('\n')).toEqual([])
    await context.close()
  })
})
