// Page bytes against the stock peer (Astro + @vite-pwa/astro, ../shared/peers/astro-pwa, built
// from this content): the front page and the longest article within 1.1 × the peer's gzip bytes,
// every feature kept. The pages are rendered by the same code the worker runs; gzip −9, as the
// peer measures itself. `npm run bench` builds the peer and measures both in the same run.
import { gzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import type { Edition } from '../../core/model'
import { paper } from '../../core/paper'
import { renderPage } from '../../core/render/page'
import { relatedFor } from '../../core/search/related'
import { compileContent } from '../../publish/compile/content'

/** The peer's pages, gzip −9, from its own `npm run measure` on this content (its README). */
const PEER = { front: 2824, longestArticle: 6478 }
const gz = (html: string) => gzipSync(html, { level: 9 }).length
const SCRIPT = '/assets/main-0123456789.js'
/** The address `npm start` serves: what the peer's pages were measured against. */
const SITE = 'http://localhost:8787'

describe('page bytes, against the peer', async () => {
  const { issues } = await compileContent('content')
  const { issue, articles } = issues[0]!
  // 相关阅读 is chosen at publish (publish/related.ts): here from the issue alone, as the first
  // issue's publish chooses it.
  const docs = articles.map((a, order) => ({ date: a.date, id: a.id, title: a.title, tags: a.tags, order }))
  const related = relatedFor(issue.date, docs)
  const edition: Edition = { issue, articles: articles.map((a) => ({ ...a, related: related.get(a.id) })) }
  const longest = edition.articles.reduce((a, b) => (b.chars > a.chars ? b : a))

  it('the front page is within 1.1 × the peer’s', () => {
    const bytes = gz(renderPage(paper, { kind: 'front', edition, latest: true }, new URL(`${SITE}/`), SCRIPT))
    console.log(`front page: ${bytes} B gzip, ${(bytes / PEER.front).toFixed(3)} × the peer`)
    expect(bytes).toBeLessThanOrEqual(PEER.front * 1.1)
  })

  it('the longest article is within 1.1 × the peer’s (and the 8 KB aim)', () => {
    const path = `/issues/${longest.date}/${longest.id}`
    const bytes = gz(renderPage(paper, { kind: 'article', edition, article: longest }, new URL(path, SITE), SCRIPT))
    console.log(`longest article: ${bytes} B gzip, ${(bytes / PEER.longestArticle).toFixed(3)} × the peer`)
    expect(bytes).toBeLessThanOrEqual(PEER.longestArticle * 1.1)
    expect(bytes).toBeLessThanOrEqual(8 * 1024)
  })
})
