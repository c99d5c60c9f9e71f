// Sitemaps: an index (sitemap.xml) naming one sitemap per month of the archive, each listing that
// month's issues, 版面 and articles (so every article of every year is reachable), plus one for
// the archive's own pages; and news-sitemap.xml (Google News: the articles of the last two days).
// Each takes `root`: the site's origin, without a trailing slash (worker/site.ts).
import { publishedIso } from '../../core/dates'
import type { ArchiveIndex, Edition } from '../../core/model'
import { urls as paths } from '../../core/urls'
import { xml } from './escape'
import { issuePublished, newestFirst } from './feed'

const NEWS_WINDOW_MS = 2 * 86_400_000
/** Google News reads at most this many URLs from one news sitemap. */
const NEWS_MAX = 1000

export const sitemapPaths = {
  archive: () => '/sitemaps/archive.xml',
  month: (month: string) => `/sitemaps/${month}.xml`,
}

/** A W3C date (what sitemaps take) from an ISO moment or a YYYY-MM-DD day. */
const day = (iso: string) => iso.slice(0, 10)

function urlset(body: string[], extraNs = ''): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"${extraNs}>`,
    ...body,
    '</urlset>',
    '',
  ].join('\n')
}

const url = (loc: string, lastmod?: string) =>
  lastmod
    ? `  <url><loc>${xml(loc)}</loc><lastmod>${day(lastmod)}</lastmod></url>`
    : `  <url><loc>${xml(loc)}</loc></url>`

export function renderSitemapIndex(root: string, index: ArchiveIndex): string {
  const entry = (path: string, lastmod: string | undefined) =>
    `  <sitemap><loc>${xml(root + path)}</loc>${lastmod ? `<lastmod>${day(lastmod)}</lastmod>` : ''}</sitemap>`
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    entry(sitemapPaths.archive(), index.months[0]?.modified),
    ...index.months.map((m) => entry(sitemapPaths.month(m.month), m.modified)),
    '</sitemapindex>',
    '',
  ].join('\n')
}

/** The front page and the archive's pages: every year and month. */
export function renderArchiveSitemap(root: string, index: ArchiveIndex): string {
  const newest = index.months[0]?.modified
  const years = new Map<string, string>()
  for (const m of index.months) if (!years.has(m.month.slice(0, 4))) years.set(m.month.slice(0, 4), m.modified)
  return urlset([
    url(root + paths.home(), newest),
    url(root + paths.archive(), newest),
    ...[...years].map(([year, modified]) => url(root + paths.archiveYear(year), modified)),
    ...index.months.map((m) => url(root + paths.archiveMonth(m.month), m.modified)),
  ])
}

export interface MonthArticle {
  date: string
  slug: string
  page_number: number
  /** When the day last changed (ISO). */
  modified: string
  /** The article's last 更正 (YYYY-MM-DD), if any. */
  corrected: string | null
}

/** One month: each issue's front page, its 版面 and its articles, newest issue first. */
export function renderMonthSitemap(root: string, articles: MonthArticle[]): string {
  const urls = new Map<string, string>()
  for (const a of articles) {
    const lastmod = a.corrected && a.corrected > day(a.modified) ? a.corrected : a.modified
    if (!urls.has(paths.issue(a.date))) urls.set(paths.issue(a.date), a.modified)
    if (!urls.has(paths.page(a.date, a.page_number))) urls.set(paths.page(a.date, a.page_number), a.modified)
    urls.set(paths.article(a.date, a.slug), lastmod)
  }
  return urlset([...urls].map(([path, lastmod]) => url(root + path, lastmod)))
}

export function renderNewsSitemap(root: string, paperName: string, editions: Edition[], now: Date): string {
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
