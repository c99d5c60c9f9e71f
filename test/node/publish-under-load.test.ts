// Readers read and search without pause while three publishes run one after another, and the cron
// trigger fires all the while: the publisher's runtime and the site's workerd share the local
// state's SQLite files, and not one reader request may fail because of it.
import { describe, expect, it } from 'vitest'
import { contentWith } from './content-copy'
import { publish, usePublishedContent } from './published-site'
import { correctionAndNewDay } from './readers-see'

const { publishedSite } = usePublishedContent()

const PATHS = [
  '/',
  '/issues/2024-03-11',
  '/issues/2024-03-11/pages/1',
  '/issues/2024-03-11/baoma-jihua',
  '/api/issues/latest',
  '/api/issues/2024-03-11/bundle',
  `/api/search?q=${encodeURIComponent('就业')}`,
  `/search?q=${encodeURIComponent('株洲')}`,
  '/archive',
  '/api/archive/2024-03',
  '/sitemap.xml',
]
const READERS = 4

describe('reading during publishes', () => {
  it('no reader request and no cron run fails while three publishes run', async () => {
    const site = await publishedSite()
    const contents = [
      await contentWith('test/fixtures/issues'),
      await correctionAndNewDay(),
      await contentWith('test/fixtures/issues', 'test/fixtures/issues-later'),
    ]
    let publishing = true
    const failures: string[] = []
    let requests = 0
    const reader = async (offset: number) => {
      for (let i = offset; publishing; i++) {
        const path = PATHS[i % PATHS.length]!
        const { status } = await site.get(path)
        requests++
        if (status >= 500) failures.push(`${path} → ${status}`)
      }
    }
    let crons = 0
    const cron = async () => {
      while (publishing) {
        const outcome = await site.cron()
        crons++
        if (outcome !== 'ok') failures.push(`cron → ${outcome}`)
      }
    }
    await site.get('/') // the worker is up before the first publish starts
    const load = [...Array.from({ length: READERS }, (_, i) => reader(i * 3)), cron()]
    let published = 0
    try {
      for (const content of contents) {
        const r = await publish(site.state, ['--content', content])
        expect(r.code, r.err).toBe(0)
        published++
      }
    } finally {
      publishing = false
      await Promise.all(load)
    }
    console.log(
      `reliability: publishes under load ${published}, reader requests ${requests}, 5xx ${failures.length} (cron runs ${crons})`,
    )
    expect(failures).toEqual([])
    expect(requests).toBeGreaterThan(100)
    expect(JSON.parse((await site.get('/api/issues/latest')).text).date).toBe('2024-03-13')
  }, 300_000)
})
