// sitemap.xml (every issue front page from the archive, and each 版面 and article of the editions
// given) and news-sitemap.xml (Google News: the articles of the last two days).
import type { Archive, Edition } from '../../core/model'
import { xml } from './escape'
import { issuePublished, newestFirst } from './feed'
import { publishedIso } from '../../core/dates'
import { siteRoot, urls as paths } from '../../core/urls'

const NEWS_WINDOW_MS = 2 * 86_400_000
/** Google News reads at most this many URLs from one news sitemap. */
const NEWS_MAX = 1000

function urlset(body: string[], extraNs = ''): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"${extraNs}>`,
    ...body,
    '</urlset>',
    '',
  ].join('\n')
}

export function renderSitemap(baseUrl: string, archive: Archive, editions: Edition[] = []): string {
  const root = siteRoot(baseUrl)
  const sorted = newestFirst(editions)
  const newest = archive.issues[0]?.date ?? sorted[0]?.issue.date
  // Path to lastmod (a YYYY-MM-DD date, or none); a Map keeps the first-seen order and drops repeats.
  const urls = new Map<string, string | undefined>([
    [paths.home(), newest],
    [paths.archive(), newest],
  ])
  for (const entry of archive.issues) urls.set(paths.issue(entry.date), entry.date)
  for (const { issue } of sorted) {
    urls.set(paths.issue(issue.date), issue.date)
    for (const page of issue.pages) {
      urls.set(paths.page(issue.date, page.number), issue.date)
      for (const a of page.articles) urls.set(paths.article(issue.date, a.id), issue.date)
    }
  }
  const body = [...urls].map(([path, lastmod]) =>
    lastmod
      ? `  <url><loc>${xml(root + path)}</loc><lastmod>${lastmod}</lastmod></url>`
      : `  <url><loc>${xml(root + path)}</loc></url>`,
  )
  return urlset(body)
}

export function renderNewsSitemap(baseUrl: string, paperName: string, editions: Edition[], now: Date): string {
  const root = siteRoot(baseUrl)
  // Recent means published no more than two days before now; an issue already published for a
  // date still to come (its 06:00 later than now) counts as recent too.
  const recent = newestFirst(editions).filter(
    ({ issue }) => now.getTime() - issuePublished(issue.date).getTime() <= NEWS_WINDOW_MS,
  )
  const body = recent
    .flatMap(({ issue }) => issue.pages.flatMap((page) => page.articles.map((a) => ({ date: issue.date, a }))))
    .slice(0, NEWS_MAX)
    .map(({ date, a }) =>
      [
        '  <url>',
        `    <loc>${xml(`${root}${paths.article(date, a.id)}`)}</loc>`,
        '    <news:news>',
        '      <news:publication>',
        `        <news:name>${xml(paperName)}</news:name>`,
        '        <news:language>zh</news:language>',
        '      </news:publication>',
        `      <news:publication_date>${publishedIso(date)}</news:publication_date>`,
        `      <news:title>${xml(a.title)}</news:title>`,
        '    </news:news>',
        '  </url>',
      ].join('\n'),
    )
  return urlset(body, ' xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"')
}
