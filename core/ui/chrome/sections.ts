// The bottom bar's five sections, as data: where each leads and which views belong to it.
import { urls } from '../../urls'
import type { View } from '../view'

export interface Section {
  label: string
  href: (view: View) => string
  kinds: View['kind'][]
}

/** 版面: the 版 shown or the article's, else the issue's first; without an issue, the newest's list of 版. */
function pagesOf(view: View): string {
  switch (view.kind) {
    case 'page':
      return urls.page(view.edition.issue.date, view.page.number)
    case 'article':
      return urls.page(view.edition.issue.date, view.article.page)
    case 'front':
      return urls.page(view.edition.issue.date, view.edition.issue.pages[0]?.number ?? 1)
    default:
      return `${urls.home()}#pages`
  }
}

export const SECTIONS: Section[] = [
  { label: '首页', href: () => urls.home(), kinds: ['front', 'news', 'news-item'] },
  { label: '版面', href: pagesOf, kinds: ['page', 'article'] },
  { label: '往期', href: () => urls.archive(), kinds: ['archive', 'archive-year', 'archive-month', 'offline'] },
  { label: '搜索', href: () => urls.search(), kinds: ['search'] },
  /** 我的: 收藏 and 设置. */
  { label: '我的', href: () => urls.saved(), kinds: ['saved', 'settings'] },
]
