// An issue scheduled ahead (test/fixtures/issues-scheduled: 2024-03-14, for 2099-01-01 06:00
// Beijing time) is uploaded and in the ledger, yet nowhere a reader or a crawler can see, until
// the cron trigger makes it live at its time.
import { createExecutionContext, createScheduledController, waitOnExecutionContext } from 'cloudflare:test'
import { env } from 'cloudflare:workers'
import { XMLParser } from 'fast-xml-parser'
import { beforeAll, describe, expect, inject, it } from 'vitest'
import worker from '../../worker/index'
import { get, texts } from './http'
import { seedPublishedContent } from './publish-to-kv'

beforeAll(() => seedPublishedContent('publishedWithScheduled'))

const DAY = '2024-03-14'
const ARTICLE = `/issues/${DAY}/ceshi-dingshi`
let n = 0
/** A URL no earlier answer was kept at the edge for. */
const fresh = (path: string) => `${path}${path.includes('?') ? '&' : '?'}case=${++n}`
const version = () =>
  inject('publishedWithScheduled')
    .uploads.find((u) => u.key.startsWith(`issue/${DAY}/`))!
    .key.split('/')[2]

/** Everything a reader or a crawler could find the day through, as they would see it now. */
async function seen() {
  const xml = new XMLParser()
  const body = async (path: string) => (await get(fresh(path))).text()
  return {
    article: (await get(fresh(ARTICLE))).status,
    issue: (await get(fresh(`/issues/${DAY}`))).status,
    api: (await get(fresh(`/api/issues/${DAY}`))).status,
    edition: (await get(fresh(`/api/editions/${DAY}/${version()}`))).status,
    front: texts(await body('/'), '.masthead time')[0],
    archive: texts(await body('/archive/2024/03'), '.issues time'),
    search: (await (await get(fresh(`/api/search?q=${encodeURIComponent('定时发布')}`))).json<{ hits: unknown[] }>())
      .hits.length,
    feed: JSON.stringify(xml.parse(await body('/feed.xml'))).includes('ceshi-dingshi'),
    sitemap: (await body('/sitemaps/2024-03.xml')).includes(DAY),
  }
}

describe('an issue scheduled ahead', () => {
  it('is invisible until its time: no page, no API, not in 往期, search, the feed or the sitemaps', async () => {
    expect(await seen()).toEqual({
      article: 404,
      issue: 404,
      api: 404,
      edition: 404,
      front: '2024年3月12日',
      archive: ['2024年3月12日', '2024年3月11日'],
      search: 0,
      feed: false,
      sitemap: false,
    })
  })

  it('goes live when the cron trigger runs at its time, everywhere at once', async () => {
    const early = createScheduledController({ scheduledTime: Date.parse('2098-12-31T21:59:00Z'), cron: '* * * * *' })
    let ctx = createExecutionContext()
    await worker.scheduled(early, env, ctx)
    await waitOnExecutionContext(ctx)
    expect((await seen()).article).toBe(404)

    const due = createScheduledController({ scheduledTime: Date.parse('2098-12-31T22:00:00Z'), cron: '* * * * *' })
    ctx = createExecutionContext()
    await worker.scheduled(due, env, ctx)
    await waitOnExecutionContext(ctx)
    expect(await seen()).toEqual({
      article: 200,
      issue: 200,
      api: 200,
      edition: 404, // the versioned API keeps to its publishAt, which the test clock has not reached
      front: '2024年3月14日',
      archive: ['2024年3月14日', '2024年3月12日', '2024年3月11日'],
      search: 1,
      feed: true,
      sitemap: true,
    })
  })
})
