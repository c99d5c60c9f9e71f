// A correction scheduled for later, through the real CLI on local KV and D1: until its time,
// readers, crawlers and search see the version that is live, everywhere; when the cron trigger
// runs at its time, the corrected one, everywhere at once. A rollback still brings the earlier
// version back.
import { XMLParser } from 'fast-xml-parser'
import { parse } from 'node-html-parser'
import { describe, expect, it } from 'vitest'
import type { Article } from '../../core/model'
import { correctedContent, edit, ISSUE } from './content-copy'
import { publish, type Site, usePublishedContent } from './published-site'

const { publishedSite } = usePublishedContent()

const GOES_LIVE = '2098-12-31T22:00:00.000Z'
const ARTICLE = '/issues/2024-03-11/baoma-jihua'

/** content/ with baoma-jihua corrected (68 → 86), the correction due at 2099-01-01 06:00 Beijing time. */
async function scheduledCorrection(): Promise<string> {
  const fixed = await correctedContent()
  await edit(fixed, `${ISSUE}/issue.yaml`, 'date: 2024-03-11', 'date: 2024-03-11\npublishAt: 2099-01-01T06:00:00+08:00')
  return fixed
}

/** The worker's cron trigger, run as if at `at`. */
async function cronAt(site: Site, at: string): Promise<void> {
  await site.with(async (mf) => {
    const worker = (await mf.getWorker()) as unknown as {
      scheduled(options: { scheduledTime: Date; cron: string }): Promise<{ outcome: string }>
    }
    const { outcome } = await worker.scheduled({ scheduledTime: new Date(at), cron: '* * * * *' })
    expect(outcome).toBe('ok')
  })
}

const searchIds = async (site: Site, q: string) =>
  (JSON.parse((await site.get(`/api/search?q=${encodeURIComponent(q)}`)).text) as { hits: Array<{ id: string }> }).hits
    .map((h) => h.id)
    .filter((id) => id === 'baoma-jihua')

/** Which of the two texts each way in shows, and what crawlers are told of the article. */
async function seen(site: Site) {
  const page = parse((await site.get(ARTICLE)).text)
  const article = JSON.parse((await site.get(`/api/issues/2024-03-11/articles/baoma-jihua`)).text) as Article
  const searchPage = parse((await site.get(`/search?q=${encodeURIComponent('86家企业')}`)).text)
  const sitemap = parse((await site.get('/sitemaps/2024-03.xml')).text)
  const entry = sitemap.querySelectorAll('url').find((u) => u.querySelector('loc')?.textContent.endsWith(ARTICLE))
  const feed = new XMLParser({ isArray: (name) => name === 'item' }).parse((await site.get('/feed.xml')).text)
  const item = feed.rss.channel.item.find((i: { link: string }) => i.link.endsWith(ARTICLE))
  const text = (s: string) => (s.includes('86家企业') ? 86 : s.includes('68家企业') ? 68 : undefined)
  return {
    page: text(page.querySelector('.story .body')?.textContent ?? ''),
    api: text(JSON.stringify(article.body)),
    search: { 68: await searchIds(site, '68家企业'), 86: await searchIds(site, '86家企业') },
    searchPage: searchPage.querySelectorAll('.results h2 a').map((a) => a.getAttribute('href')),
    sitemap: entry?.querySelector('lastmod')?.textContent,
    feed: item?.['atom:updated'],
  }
}

/**
 * The live text everywhere, as the site shows it first. The sitemap names the day the article was
 * published, which is the day its state was made (test/state-cache.ts keeps states between runs):
 * today or earlier, never the correction's.
 */
async function liveOn(site: Site) {
  const { sitemap } = await seen(site)
  expect(sitemap).toMatch(/^\d{4}-\d\d-\d\d$/)
  expect(sitemap! <= new Date().toISOString().slice(0, 10)).toBe(true)
  return { page: 68, api: 68, search: { 68: ['baoma-jihua'], 86: [] }, searchPage: [], sitemap, feed: undefined }
}
const CORRECTED = {
  page: 86,
  api: 86,
  search: { 68: [], 86: ['baoma-jihua'] },
  searchPage: [ARTICLE],
  sitemap: GOES_LIVE.slice(0, 10),
  feed: '2024-03-12T06:00:00+08:00',
}

describe('a correction scheduled for later', () => {
  it('hides nothing until its time, then shows everywhere at once; a rollback brings the earlier text back', async () => {
    const site = await publishedSite()
    const LIVE = await liveOn(site)
    expect(await seen(site)).toEqual(LIVE)
    const r = await publish(site.state, ['--content', await scheduledCorrection()])
    expect(r.code, r.err).toBe(0)
    expect(r.out).toContain('，2099-01-01 06:00（北京时间）上线')
    expect(await seen(site)).toEqual(LIVE)

    await cronAt(site, '2098-12-31T21:59:00Z')
    expect(await seen(site)).toEqual(LIVE)
    await cronAt(site, GOES_LIVE)
    expect(await seen(site)).toEqual(CORRECTED)

    const back = await publish(site.state, ['--rollback'])
    expect(back.code, back.err).toBe(0)
    // The text changed back today: crawlers are told so.
    expect(await seen(site)).toEqual({ ...LIVE, sitemap: new Date().toISOString().slice(0, 10) })
    expect(await site.brokenLinks()).toEqual([])
  })

  it('rolled back before its time, it never shows, and the live text stays everywhere', async () => {
    const site = await publishedSite()
    const LIVE = await liveOn(site)
    expect((await publish(site.state, ['--content', await scheduledCorrection()])).code).toBe(0)
    const back = await publish(site.state, ['--rollback'])
    expect(back.code, back.err).toBe(0)
    await cronAt(site, GOES_LIVE)
    expect(await seen(site)).toEqual(LIVE)
  })
})
