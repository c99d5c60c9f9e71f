/// <reference lib="webworker" />
// Pages of kept issues, rendered here from the issue's JSON with the same components, document
// and security headers as the worker: an issue costs its JSON alone on the phone, and a kept
// page always matches the app version that shows it.
import type { Edition } from '../../core/model'
import { paper } from '../../core/paper'
import { renderEditionPage } from '../../core/render/edition-page'
import { securityHeaders } from '../../core/security'
import type { EditionView, NewsAt } from '../../core/ui/view'
import { urls } from '../../core/urls'

/** Which page of the edition a path is, if any. `home` is `/` for the edition that answers it. */
function viewFor(edition: Edition, path: string, home: boolean, news?: NewsAt): EditionView | undefined {
  const { date, pages } = edition.issue
  if (home && path === urls.home()) return { kind: 'front', edition, latest: true, ...(news ? { news } : {}) }
  if (path === urls.issue(date)) return { kind: 'front', edition, latest: false }
  const page = pages.find((p) => path === urls.page(date, p.number))
  if (page) return { kind: 'page', edition, page }
  const article = edition.articles.find((a) => path === urls.article(date, a.id))
  return article && { kind: 'article', edition, article }
}

export async function renderKeptPage(
  edition: Edition,
  path: string,
  home: boolean,
  mainScript: string | undefined,
  news?: NewsAt,
): Promise<Response | undefined> {
  const view = viewFor(edition, path, home, news)
  if (!view) return undefined
  const headers = { 'Content-Type': 'text/html; charset=UTF-8', ...(await securityHeaders()) }
  // The service worker answers for the origin it was registered on: the site's own.
  const page = new URL(path, self.location.origin)
  return new Response(renderEditionPage(paper, view, page, mainScript), { headers })
}
