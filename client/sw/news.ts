/// <reference lib="webworker" />
// 快讯 on the phone: the last week's list (/api/news, a few KB) kept on every sync (a visit,
// Periodic Background Sync, a push), with the moment it was kept. Offline, the front page shows
// the kept items with "更新于 HH:MM", and /news and each /news/<id> are rendered from them.
import type { RecentNews } from '../../core/model'
import { paper } from '../../core/paper'
import { type NewsPageView, renderNewsPage } from '../../core/render/news-page'
import { securityHeaders } from '../../core/security'
import type { NewsAt } from '../../core/ui/view'
import { urls } from '../../core/urls'
import { fetchOk } from './keep'

const NEWS_CACHE = 'zzrb-news'
const NEWS_URL = '/api/news'

type Kept = RecentNews & { keptAt: string }

/** Fetches the last week's 快讯 and keeps them, with the moment they were kept. */
export async function keepNews(): Promise<void> {
  const news = (await (await fetchOk(NEWS_URL, { cache: 'no-cache' })).json()) as RecentNews
  const kept: Kept = { ...news, keptAt: new Date().toISOString() }
  await (await caches.open(NEWS_CACHE)).put(NEWS_URL, Response.json(kept))
}

async function keptNews(): Promise<Kept | undefined> {
  const res = await (await caches.open(NEWS_CACHE)).match(NEWS_URL)
  return res ? ((await res.json()) as Kept) : undefined
}

/** The kept 快讯 as a page shows them, with when they were kept. */
export async function keptNewsAt(): Promise<NewsAt | undefined> {
  const kept = await keptNews()
  return kept && { items: kept.items, now: new Date().toISOString(), updated: kept.keptAt }
}

/** /news or /news/<id>, from the kept items; undefined for any other path, or an item not kept. */
export async function renderKeptNews(path: string, mainScript: string | undefined): Promise<Response | undefined> {
  if (path !== urls.news() && !path.startsWith(`${urls.news()}/`)) return undefined
  const news = await keptNewsAt()
  if (!news) return undefined
  const item = news.items.find((n) => path === urls.newsItem(n.id))
  const view: NewsPageView | undefined =
    path === urls.news() ? { kind: 'news', news } : item && { kind: 'news-item', item }
  if (!view) return undefined
  const headers = { 'Content-Type': 'text/html; charset=UTF-8', ...(await securityHeaders()) }
  const page = new URL(path, self.location.origin)
  return new Response(renderNewsPage(paper, view, page, mainScript), { headers })
}
