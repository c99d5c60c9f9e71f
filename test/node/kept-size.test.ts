// What 下载本期 says an issue costs: the images the service worker keeps (client/sw/photos.ts
// keeps core/offline/kept-size.ts's list), in their order, within the budget.
import { describe, expect, it } from 'vitest'
import type { Article, Edition, Photo } from '../../core/model'
import { keptImageBytes, keptImages } from '../../core/offline/kept-size'

const photo = (id: string): Photo => ({
  id: id.padStart(16, '0'),
  w: 1600,
  h: 900,
  widths: [360, 720, 1080],
  preview: '',
})
const article = (id: string, photos: Photo[]) =>
  ({ id, body: [{ t: 'p', c: ['文'] }, ...photos.map((p) => ({ t: 'figure', caption: '图', photo: p }))] }) as Article
const print = (id: string) => ({ image: photo(id), size: [842, 1191] as [number, number], pdf: id, pdfBytes: 1 })
const edition = {
  issue: {
    date: '2024-03-15',
    version: 'v',
    pages: [
      { number: 1, name: '要闻', editors: [], articles: [], print: print('p1') },
      { number: 2, name: '本地', editors: [], articles: [] },
      { number: 3, name: '社会', editors: [], articles: [], print: print('p3') },
    ],
  },
  articles: [article('a', [photo('a1'), photo('a2')]), article('b', []), article('c', [photo('c1')])],
} as Edition

describe('what keeping an issue costs', () => {
  it('counts the images the service worker keeps, in its order, within its budget', () => {
    // The thumbnails (lead photos) first, then the printed pages, then the other photos, each once.
    expect(keptImages(edition).map((u) => u.slice('/photos/'.length).replace(/^0+/, ''))).toEqual([
      'a1-360.webp',
      'c1-360.webp',
      'p1-720.webp',
      'p3-720.webp',
      'a2-360.webp',
    ])
  })

  it('skips an image that is not there and stops at the first that would pass the budget', async () => {
    const sizes = new Map(keptImages(edition).map((u, i) => [u, [400_000, undefined, 500_000, 200_000, 10][i]]))
    // 400 000 + 500 000 fit; 200 000 more would pass 1 MiB, and the SW stops there (not at the 10 B after).
    expect(await keptImageBytes(edition, async (u) => sizes.get(u))).toBe(900_000)
  })
})
