// Thumbnails from the newsroom's files: an article's lead photo becomes its thumbnail in every list
// (and in 收藏, read back from its page when saved); an issue without photos compiles exactly as
// before, with no thumbnail field at all.
import { parse } from 'node-html-parser'
import { describe, expect, it } from 'vitest'
import type { Edition } from '../../core/model'
import { paper } from '../../core/paper'
import { leadPhoto } from '../../core/photos'
import { renderPage } from '../../core/render/page'
import { leadPhotoOnPage } from '../../core/ui/saved-thumb'
import { compileContent } from '../../publish/compile/content'
import { planPublish } from '../../publish/plan'
import { contentWithPhotos } from '../photos/generate'

const SITE = 'http://localhost:8787'

describe('thumbnails, compiled', async () => {
  const { issues } = await compileContent(await contentWithPhotos())
  const day = (date: string) => issues.find((i) => i.issue.date === date)!

  it('a story with a photo carries its lead photo as its thumbnail, in the issue’s 版 too', () => {
    const { issue, articles } = day('2024-03-15')
    const [article] = articles
    expect(article?.thumb).toEqual(leadPhoto(article!))
    expect(article?.thumb?.widths).toEqual([360, 720, 1080])
    expect(issue.pages[0]?.articles[0]?.thumb).toEqual(article?.thumb)
  })

  it('the ledger records each issue’s thumbnail for 往期: the front 版’s first photo, or none', () => {
    const days = ['2024-03-11', '2024-03-15'].map((date) => ({
      edition: { issue: day(date).issue, articles: day(date).articles },
      source: date,
      publishAt: `${date}T00:00:00.000Z`,
      photos: [],
      prints: [],
    }))
    const plan = planPublish(days, new Map(), '2024-03-16T00:00:00.000Z', { id: 1, by: 'test' })
    const thumbs = plan.ledger
      .filter((s) => s.sql.startsWith('INSERT OR IGNORE INTO editions'))
      .map((s) => [s.params[0], s.params.at(-1)])
    expect(thumbs).toEqual([
      ['2024-03-11', null],
      ['2024-03-15', JSON.stringify(day('2024-03-15').articles[0]!.thumb)],
    ])
  })

  it('an issue without photos has no thumbnail field anywhere', () => {
    const { issue, articles } = day('2024-03-11')
    expect(JSON.stringify({ issue, articles })).not.toContain('thumb')
  })

  it('收藏 reads the lead photo back from the article’s page, whether its photos are held or not', () => {
    const { issue, articles } = day('2024-03-15')
    const edition: Edition = { issue, articles }
    const article = articles[0]!
    for (const held of [false, true]) {
      const html = renderPage(paper, { kind: 'article', edition, article, held }, new URL(`${SITE}/`), undefined)
      expect(leadPhotoOnPage(parse(html))).toEqual(article.thumb)
    }
    const plain = day('2024-03-11')
    const html = renderPage(
      paper,
      { kind: 'article', edition: { issue: plain.issue, articles: plain.articles }, article: plain.articles[0]! },
      new URL(`${SITE}/`),
      undefined,
    )
    expect(leadPhotoOnPage(parse(html))).toBeUndefined()
  })
})
