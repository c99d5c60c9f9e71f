// Every URL of the site is built here, so pages, feeds and the service worker agree on them.
export const urls = {
  home: () => '/',
  issue: (date: string) => `/issues/${date}`,
  page: (date: string, n: number) => `/issues/${date}/pages/${n}`,
  article: (date: string, id: string) => `/issues/${date}/${id}`,
  archive: () => '/archive',
  /** One year of the archive: its months. */
  archiveYear: (year: string) => `/archive/${year}`,
  /** One month of the archive (YYYY-MM): its issues. */
  archiveMonth: (month: string) => `/archive/${month.slice(0, 4)}/${month.slice(5, 7)}`,
  /** The archive's "jump to a date" form posts here (GET, works without JavaScript). */
  archiveDay: () => '/archive/day',
  search: (q?: string) => (q ? `/search?q=${encodeURIComponent(q)}` : '/search'),
  /** 快讯: the last week's, and each item's own page. */
  news: () => '/news',
  newsItem: (id: string) => `/news/${id}`,
  saved: () => '/saved',
  settings: () => '/settings',
  offline: () => '/offline',
}

/** 版面 numbers print with two digits: 01版. */
export const pageLabel = (n: number) => `${String(n).padStart(2, '0')}版`
