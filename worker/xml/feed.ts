// The RSS 2.0 feed: the last week's 快讯 first, newest first, then one item per article of the
// editions given, newest issue first, in 版面 order and, within a 版面, in the issue's order.

import { publishedIso } from '../../core/dates'
import type { ArticleMeta, Edition, FlashItem, Paper } from '../../core/model'
import { WEEK_MS, within } from '../../core/news'
import { urls } from '../../core/urls'
import { xml } from './escape'

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat']
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
const BEIJING_MS = 8 * 3_600_000
/** Between a kicker (引题) and the summary in an item's description: the paper's own full-width space. */
const KICKER_SEPARATOR = '\u3000'

/** When an issue counts as published: 06:00 Beijing time on its date. */
export function issuePublished(date: string): Date {
  return new Date(publishedIso(date))
}

/** RFC 822 date-time in Beijing time, e.g. `Mon, 11 Mar 2024 06:00:00 +0800`. */
function rfc822(at: Date): string {
  const d = new Date(at.getTime() + BEIJING_MS)
  const two = (n: number) => String(n).padStart(2, '0')
  const time = `${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())}`
  return `${DAYS[d.getUTCDay()]}, ${two(d.getUTCDate())} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()} ${time} +0800`
}

/** Editions newest issue first, whatever order they were given in. */
export function newestFirst(editions: Edition[]): Edition[] {
  return [...editions].sort((a, b) => (a.issue.date < b.issue.date ? 1 : a.issue.date > b.issue.date ? -1 : 0))
}

function item(root: string, date: string, pageName: string, a: ArticleMeta): string {
  const url = xml(`${root}${urls.article(date, a.id)}`)
  const description = a.kicker ? `${a.kicker}${KICKER_SEPARATOR}${a.summary}` : a.summary
  const names = a.byline.map((p) => p.name).join('、')
  const corrected = a.corrections?.at(-1)
  return [
    '    <item>',
    `      <title>${xml(a.title)}</title>`,
    `      <link>${url}</link>`,
    `      <guid isPermaLink="true">${url}</guid>`,
    `      <pubDate>${rfc822(issuePublished(date))}</pubDate>`,
    `      <category>${xml(pageName)}</category>`,
    `      <description>${xml(description)}</description>`,
    ...(names ? [`      <dc:creator>${xml(names)}</dc:creator>`] : []),
    // A corrected article says when it last changed.
    ...(corrected ? [`      <atom:updated>${publishedIso(corrected.date)}</atom:updated>`] : []),
    '    </item>',
  ].join('\n')
}

function newsItem(root: string, n: FlashItem): string {
  const url = xml(`${root}${urls.newsItem(n.id)}`)
  return [
    '    <item>',
    `      <title>${xml(n.title)}</title>`,
    `      <link>${url}</link>`,
    `      <guid isPermaLink="true">${url}</guid>`,
    `      <pubDate>${rfc822(new Date(n.time))}</pubDate>`,
    '      <category>快讯</category>',
    `      <description>${xml(n.body)}</description>`,
    '    </item>',
  ].join('\n')
}

/** `root` is the site's origin, without a trailing slash. */
export function renderFeed(
  paper: Paper,
  root: string,
  editions: Edition[],
  now: Date = new Date(),
  news: FlashItem[] = [],
): string {
  const sorted = newestFirst(editions)
  const newest = sorted[0]
  const flash = within(news, now.toISOString(), WEEK_MS)
  const times = [
    ...(newest ? [issuePublished(newest.issue.date).getTime()] : []),
    ...flash.map((n) => Date.parse(n.time)),
  ]
  const built = times.length > 0 ? new Date(Math.max(...times)) : now
  const items = [
    ...flash.map((n) => newsItem(root, n)),
    ...sorted.flatMap(({ issue }) =>
      issue.pages.flatMap((page) => page.articles.map((a) => item(root, issue.date, page.name, a))),
    ),
  ]
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/">',
    '  <channel>',
    `    <title>${xml(paper.name)}</title>`,
    `    <link>${xml(`${root}/`)}</link>`,
    `    <description>${xml(paper.description)}</description>`,
    '    <language>zh-CN</language>',
    `    <lastBuildDate>${rfc822(built)}</lastBuildDate>`,
    `    <atom:link href="${xml(`${root}/feed.xml`)}" rel="self" type="application/rss+xml"/>`,
    ...items,
    '  </channel>',
    '</rss>',
    '',
  ].join('\n')
}
