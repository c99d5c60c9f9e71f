// Every page of an edition: what the service worker keeps for it (and what the benchmark weighs).
import type { Edition } from '../../publish/schema'
import { urls } from './urls'

export function pagesOf(edition: Edition): string[] {
  const { date, pages } = edition.issue
  return [urls.issue(date), ...pages.map((p) => urls.page(date, p.number)), ...edition.articles.map((a) => urls.article(date, a.id))]
}
