// Thumbnails in lists, as the worker serves them: a day whose first two stories have photos,
// uploaded to KV and recorded in the ledger's tables as a publish records it (the publisher's
// plan itself is in test/node/thumbs.test.ts), made live by the cron trigger, beside the real
// 2024-03-11 issue, which has none and so must show none.
import { env } from 'cloudflare:workers'
import type { HTMLElement } from 'node-html-parser'
import { beforeAll, describe, expect, inject, it } from 'vitest'
import { issueKey } from '../../core/kv-keys'
import { write } from '../../core/ledger/d1'
import { sql } from '../../core/ledger/statement'
import type { Edition, Photo } from '../../core/model'
import { catchUpKv } from '../../worker/scheduled'
import { get, parsePage } from './http'
import { SEEDED_AT, seedPublishedContent } from './publish-to-kv'

const DAY = '2024-03-14'
const photo = (id: string, w: number, h: number): Photo => ({
  id,
  w,
  h,
  widths: [360, 720, 1080],
  preview: 'data:image/webp;base64,UklGRiIAAABXRUJQVlA4IBYAAAAwAQCdASoBAAEADsD+JaQAA3AAAAAA',
})
const LEAD = photo('00000000000000a1', 1600, 1067)
const SECOND = photo('00000000000000b2', 900, 1200)

/** The real issue again as another day, its first two stories with photos. */
function photoEdition(): Edition {
  const upload = inject('published').uploads.find((u) => u.key.startsWith('issue/2024-03-11/'))!
  const real = JSON.parse(upload.value) as Edition
  const thumbs = new Map([
    [real.issue.pages[0]!.articles[0]!.id, LEAD],
    [real.issue.pages[0]!.articles[1]!.id, SECOND],
  ])
  const dated = <A extends { id: string }>(a: A) => {
    const thumb = thumbs.get(a.id)
    return { ...a, date: DAY, ...(thumb ? { thumb } : {}) }
  }
  return {
    issue: {
      ...real.issue,
      date: DAY,
      version: 'a1b2c3d4e5f6',
      pages: real.issue.pages.map((p) => ({ ...p, articles: p.articles.map(dated) })),
    },
    articles: real.articles.map(dated),
  }
}

beforeAll(async () => {
  await seedPublishedContent('published')
  const edition = photoEdition()
  const { version } = edition.issue
  const at = '2024-03-13T00:00:00.000Z'
  await env.KV.put(issueKey(DAY, version), JSON.stringify(edition))
  await write(env.DB, [
    sql('INSERT INTO publishes (id, at, by) VALUES (?, ?, ?)', 2, at, 'thumbs test'),
    sql(
      'INSERT INTO editions (date, version, lead, articles, bytes, uploaded_at, thumb) VALUES (?, ?, ?, ?, ?, ?, ?)',
      DAY,
      version,
      edition.issue.pages[0]!.articles[0]!.title,
      edition.articles.length,
      1000,
      at,
      JSON.stringify(LEAD),
    ),
    sql('INSERT INTO days (date, version, source, publish_at) VALUES (?, ?, ?, ?)', DAY, version, 'x', at),
  ])
  await catchUpKv(env, SEEDED_AT)
})

const page = async (path: string, init?: RequestInit) => parsePage(await (await get(path, init)).text())
const img = (el: HTMLElement | null | undefined) => el?.querySelector('img')
const attrs = (el: HTMLElement | null | undefined, ...names: string[]) =>
  Object.fromEntries(names.map((n) => [n, el?.getAttribute(n) ?? null]))

describe('thumbnails in lists', () => {
  it('the front page: the lead story large and at once, the next small and lazy, none where no photo', async () => {
    const doc = await page(`/issues/${DAY}`)
    const teasers = doc.querySelectorAll('.teaser')
    const lead = teasers[0]!.querySelector('picture.thumb.large')
    expect(attrs(img(lead), 'width', 'height', 'loading', 'src')).toEqual({
      width: '1600',
      height: '1067',
      loading: null,
      src: `/photos/${LEAD.id}-720.jpg`,
    })
    expect(lead?.querySelector('source')?.getAttribute('srcset')).toBe(
      [360, 720, 1080].map((w) => `/photos/${LEAD.id}-${w}.webp ${w}w`).join(', '),
    )
    expect(lead?.querySelector('source')?.getAttribute('sizes')).toBeTruthy()
    const small = teasers[1]!.querySelector('picture.thumb.small')
    expect(attrs(img(small), 'width', 'height', 'loading', 'src')).toEqual({
      width: '900',
      height: '1200',
      loading: 'lazy',
      src: `/photos/${SECOND.id}-360.jpg`,
    })
    expect(small?.querySelector('source')?.getAttribute('srcset')).toBe(`/photos/${SECOND.id}-360.webp`)
    expect(teasers.slice(2).flatMap((t) => t.querySelectorAll('picture'))).toEqual([])
    // One link per story: the picture is covered by the headline's.
    expect(teasers.map((t) => t.querySelectorAll('a').length)).toEqual(teasers.map(() => 1))
    expect(doc.querySelector('style')?.textContent).toContain('.thumb')
  })

  it('a 版 lists its stories with their thumbnails too', async () => {
    const doc = await page(`/issues/${DAY}/pages/1`)
    expect(doc.querySelectorAll('.teaser picture').map((p) => p.getAttribute('class'))).toEqual([
      'thumb large',
      'thumb small',
    ])
  })

  it('an issue without photos shows no thumbnail, and its page carries none of their rules', async () => {
    const doc = await page('/issues/2024-03-11')
    expect(doc.querySelectorAll('picture')).toEqual([])
    expect(doc.querySelector('style')?.textContent).not.toContain('.thumb')
  })

  it('asked with Save-Data, the thumbnails keep their boxes but no address a browser would load', async () => {
    const doc = await page(`/issues/${DAY}`, { headers: { 'Save-Data': 'on' } })
    const pictures = doc.querySelectorAll('picture.thumb')
    expect(pictures.map((p) => p.getAttribute('class'))).toEqual(['thumb large held', 'thumb small held'])
    for (const p of pictures) {
      expect(attrs(img(p), 'src', 'srcset')).toEqual({ src: null, srcset: null })
      expect(p.querySelector('source')?.getAttribute('srcset')).toBeUndefined()
      expect(img(p)?.getAttribute('data-src')).toMatch(/^\/photos\/[0-9a-f]{16}-\d+\.jpg$/)
      expect(img(p)?.getAttribute('width')).toMatch(/^\d+$/)
    }
  })

  it('往期: the month lists the day with its lead story’s photo, small, inside its one link', async () => {
    const doc = await page('/archive/2024/03')
    const lines = doc.querySelectorAll('.issues li')
    const day = lines.find((li) => li.querySelector('time')?.getAttribute('datetime') === DAY)
    expect(day?.querySelector('a picture.thumb.small img')?.getAttribute('src')).toBe(`/photos/${LEAD.id}-360.jpg`)
    const real = lines.find((li) => li.querySelector('time')?.getAttribute('datetime') === '2024-03-11')
    expect(real?.querySelectorAll('picture')).toEqual([])
  })
})
