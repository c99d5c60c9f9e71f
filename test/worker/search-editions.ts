// Small editions built in code for search and 相关阅读 tests: test data, never news.
import type { Article, Edition, Photo } from '../../core/model'

export interface Piece {
  id: string
  title: string
  text: string
  tags?: string[]
  photo?: Photo
}

/** A photo as the publisher describes one (its renditions are never fetched by these tests). */
export const testPhoto = (n: number): Photo => ({
  id: n.toString(16).padStart(16, '0'),
  w: 1200,
  h: 800,
  widths: [320, 640, 1200],
  preview: 'data:image/webp;base64,AAAA',
})

/** One issue of the pieces, in print order on one 版 named 测试. */
export function editionOf(date: string, pieces: Piece[]): Edition {
  const articles: Article[] = pieces.map((p, i) => ({
    id: p.id,
    date,
    page: 1,
    order: i + 1,
    title: p.title,
    byline: [],
    summary: p.text.slice(0, 20),
    tags: p.tags ?? [],
    chars: p.text.length,
    readingMinutes: 1,
    version: `${date}-${p.id}`,
    body: [
      ...(p.photo ? [{ t: 'figure' as const, caption: '测试图片', photo: p.photo }] : []),
      { t: 'p' as const, c: [p.text] },
    ],
    ...(p.photo ? { thumb: p.photo } : {}),
  }))
  const metas = articles.map(({ body: _body, ...meta }) => meta)
  return {
    issue: { date, version: `v-${date}`, pages: [{ number: 1, name: '测试', editors: [], articles: metas }] },
    articles,
  }
}
