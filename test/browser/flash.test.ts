// 快讯 on a phone: a push (delivered by Chromium's DevTools protocol, as a push service would)
// shows a notification tagged with the item's id, opening its page; then, with the server
// stopped, the front page shows the kept 快讯 with when they were kept, and each item's page opens.
// Test items, never news.
import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { copyContent } from '../node/content-copy'
import { hasChromium, openPage, useSite, waitUntilKept } from './harness'

const ITEM = { id: 'ceshi-kuaixun', title: '测试快讯：建设路封闭施工', body: '测试用正文，仅供测试，不是新闻。' }

/** content/ with one test 快讯, live ten minutes ago. */
async function contentWithFlash(): Promise<string> {
  const dir = await copyContent()
  await mkdir(join(dir, 'flash'))
  const time = `${new Date(Date.now() - 10 * 60_000).toISOString().slice(0, 19)}Z`
  await writeFile(
    join(dir, 'flash', `${ITEM.id}.md`),
    `---\ntitle: ${ITEM.title}\ntime: ${time}\n---\n\n${ITEM.body}\n`,
  )
  return dir
}

describe.skipIf(!hasChromium)('快讯 on a phone', () => {
  const site = useSite(8923)

  it('a push shows a notification and refreshes the kept 快讯; offline, the front page and the item show them', async () => {
    await site.reset(await contentWithFlash())
    const origin = site.server.origin
    const context = await site.browser.newContext()
    await context.grantPermissions(['notifications'], { origin })
    const { page, errors } = await openPage(context)
    const cdp = await context.newCDPSession(page)
    const registrations: string[] = []
    cdp.on('ServiceWorker.workerRegistrationUpdated', (e) => {
      for (const r of e.registrations) if (!r.isDeleted) registrations.push(r.registrationId)
    })
    await cdp.send('ServiceWorker.enable')
    await page.goto(`${origin}/`)
    await waitUntilKept(page, '2024-03-11')
    await expect.poll(() => registrations.length).toBeGreaterThan(0)

    await cdp.send('ServiceWorker.deliverPushMessage', {
      origin,
      registrationId: registrations.at(-1)!,
      data: JSON.stringify({ ...ITEM, url: `/news/${ITEM.id}` }),
    })
    const shown = () =>
      page.evaluate(async () =>
        (await (await navigator.serviceWorker.ready).getNotifications()).map((n) => ({
          title: n.title,
          body: n.body,
          tag: n.tag,
          url: (n.data as { url: string }).url,
        })),
      )
    await expect.poll(shown).toEqual([{ title: ITEM.title, body: ITEM.body, tag: ITEM.id, url: `/news/${ITEM.id}` }])
    // The push kept the 快讯 too.
    const kept = () =>
      page.evaluate(async () => {
        const res = await (await caches.open('zzrb-news')).match('/api/news')
        return res ? ((await res.json()) as { items: Array<{ id: string }> }).items.map((i) => i.id) : []
      })
    await expect.poll(kept).toEqual([ITEM.id])

    await site.server.stop()
    try {
      await page.goto(`${origin}/`)
      expect(await page.locator('.news-strip li a').allTextContents()).toEqual([ITEM.title])
      expect(await page.locator('.news-strip h2').textContent()).toMatch(/^快讯 更新于 \d{2}:\d{2}$/)
      await page.locator('.news-strip li a').click()
      await page.waitForURL(`${origin}/news/${ITEM.id}`)
      expect(await page.locator('h1').textContent()).toBe(ITEM.title)
      expect(await page.locator('.story .body').textContent()).toContain(ITEM.body)
      await page.goto(`${origin}/news`)
      expect(await page.locator('.news li a').allTextContents()).toEqual([ITEM.title])
    } finally {
      await site.server.start()
    }
    expect(errors.filter((e) => !/Failed to (fetch|load resource|update a ServiceWorker)|net::ERR/.test(e))).toEqual([])
    await context.close()
  })

  it('never asks for notifications on a visit; 设置 offers 快讯提醒 on a tap', async () => {
    const context = await site.browser.newContext()
    const { page } = await openPage(context)
    for (const path of ['/', '/news', '/issues/2024-03-11/baoma-jihua', '/settings'])
      await page.goto(`${site.server.origin}${path}`)
    await waitUntilKept(page, '2024-03-11')
    await expect.poll(() => page.locator('button', { hasText: '开启快讯提醒' }).isEnabled()).toBe(true)
    expect(await page.evaluate(() => Notification.permission)).toBe('default')
    await context.close()
  })
})
