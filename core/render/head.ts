// Title, description, canonical URL and schema.org data for each kind of page.

import { longDate, monthOf, publishedIso, weekday } from '../dates'
import type { Edition, Paper } from '../model'
import { leadPhoto, photoUrl } from '../photos'
import { cssFor } from '../ui/styles'
import type { View } from '../ui/view'
import { pageLabel, urls } from '../urls'
import type { Head } from './document'
import { breadcrumbList, newsArticle, organization } from './schema-org'

/** A crumb without a path is the page itself. */
type Crumb = { name: string; path?: string }

/** `page` is the page's public address: the site's origin and the page's path. */
export function headFor(paper: Paper, view: View, page: URL): Head {
  const abs = (p: string) => `${page.origin}${p}`
  const base = {
    siteName: paper.name,
    themeColor: paper.colors.brand,
    canonical: abs(page.pathname),
    type: 'website' as const,
    css: cssFor(view),
  }
  const breadcrumbs = (crumbs: Crumb[]) =>
    breadcrumbList(crumbs.map((c) => ({ name: c.name, url: c.path && abs(c.path) })))
  const home = { name: paper.name, path: urls.home() }
  const archive = { name: '往期', path: urls.archive() }
  const issueCrumb = (e: Edition) => ({ name: longDate(e.issue.date), path: urls.issue(e.issue.date) })

  switch (view.kind) {
    case 'front': {
      const { issue } = view.edition
      const lead = issue.pages[0]?.articles[0]
      return {
        ...base,
        feed: true,
        canonical: abs(view.latest ? urls.home() : urls.issue(issue.date)),
        title: `${paper.name} ${longDate(issue.date)} ${weekday(issue.date)}`,
        description: lead ? `${lead.title}：${lead.summary}` : paper.description,
        jsonLd: [
          view.latest ? organization(paper, abs(urls.home())) : breadcrumbs([home, { name: longDate(issue.date) }]),
        ],
      }
    }
    case 'page': {
      const { edition, page } = view
      // The printed page, as a social card shows it: the 720 px JPEG, narrow enough to load quickly.
      const print = page.print?.image
      const image = print && abs(photoUrl(print.id, print.widths.find((w) => w >= 720) ?? print.widths.at(-1)!, 'jpg'))
      return {
        ...base,
        ...(image ? { image } : {}),
        title: `${pageLabel(page.number)} ${page.name} · ${longDate(edition.issue.date)} · ${paper.name}`,
        description: page.articles.map((a) => a.title).join('；') || paper.description,
        jsonLd: [breadcrumbs([home, issueCrumb(edition), { name: `${pageLabel(page.number)} ${page.name}` }])],
      }
    }
    case 'article': {
      const { edition, article } = view
      const page = edition.issue.pages.find((p) => p.number === article.page)
      const photo = leadPhoto(article)
      // The widest JPEG: what every social card and search engine reads.
      const image = photo && abs(photoUrl(photo.id, photo.widths.at(-1)!, 'jpg'))
      return {
        ...base,
        type: 'article',
        title: `${article.title} · ${paper.name}`,
        description: article.summary,
        published: publishedIso(article.date),
        section: page?.name ?? '',
        ...(image ? { image } : {}),
        // The article alone: its trail (the issue, its 版) is the page's header and crumbs, and
        // the 版's page carries it as data (a BreadcrumbList here would cost every article ~110 B).
        jsonLd: [newsArticle(paper, article, page?.name, image)],
      }
    }
    case 'archive':
      return {
        ...base,
        feed: true,
        title: `往期 · ${paper.name}`,
        description: `${paper.name}往期报纸，按年份和月份排列。`,
        jsonLd: [breadcrumbs([home, { name: archive.name }])],
      }
    case 'archive-year':
      return {
        ...base,
        title: `${view.year}年 · 往期 · ${paper.name}`,
        description: `${paper.name}${view.year}年的报纸，按月份排列。`,
        jsonLd: [breadcrumbs([home, archive, { name: `${view.year}年` }])],
      }
    case 'archive-month': {
      const { month } = view.month
      const year = month.slice(0, 4)
      return {
        ...base,
        canonical: abs(urls.archiveMonth(month)),
        title: `${monthOf(month)} · 往期 · ${paper.name}`,
        description: `${paper.name}${monthOf(month)}的报纸，共${view.month.issues.length}期。`,
        jsonLd: [
          breadcrumbs([home, archive, { name: `${year}年`, path: urls.archiveYear(year) }, { name: monthOf(month) }]),
        ],
      }
    }
    case 'search':
      return {
        ...base,
        canonical: abs(urls.search()),
        noindex: true,
        title: view.query ? `搜索“${view.query}” · ${paper.name}` : `搜索 · ${paper.name}`,
        description: `搜索${paper.name}的报道。`,
        jsonLd: [],
      }
    case 'error':
      return { ...base, noindex: true, title: `${view.message} · ${paper.name}`, description: view.message, jsonLd: [] }
    case 'news':
      return {
        ...base,
        title: `快讯 · ${paper.name}`,
        description: `${paper.name}最近七天的快讯。`,
        jsonLd: [breadcrumbs([home, { name: '快讯' }])],
      }
    case 'news-item':
      return {
        ...base,
        type: 'article',
        title: `${view.item.title} · 快讯 · ${paper.name}`,
        description: view.item.body.slice(0, 120),
        published: view.item.time,
        jsonLd: [breadcrumbs([home, { name: '快讯', path: urls.news() }, { name: view.item.title }])],
      }
    case 'saved':
      return {
        ...base,
        noindex: true,
        title: `收藏 · ${paper.name}`,
        description: '保存在这台设备上的文章。',
        jsonLd: [],
      }
    case 'settings':
      return {
        ...base,
        noindex: true,
        title: `设置 · ${paper.name}`,
        description: '字号、显示和离线保存。',
        jsonLd: [],
      }
    case 'offline':
      return { ...base, noindex: true, title: `离线 · ${paper.name}`, description: '现在没有网络。', jsonLd: [] }
  }
}
