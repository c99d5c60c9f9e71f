/// <reference lib="webworker" />
// Pages of kept issues, rendered here from the issue's JSON with the same components and
// document as the worker: an issue costs its JSON alone on the phone, and a kept page always
// matches the app version that shows it.
import paperJson from '../../content/paper.json'
import type { View } from '../app/view'
import { urls } from '../lib/urls'
import { cspDirectives, cspHeader, DENIED_FEATURES, FRAME_OPTIONS, REFERRER_POLICY } from '../render/policy'
import { renderPage } from '../render/page'
import type { Edition, Paper } from '../../publish/schema'

const paper = paperJson as Paper

/** The browser build's entry, as the page's <script src>: the one the precache holds. */
export function mainScriptOf(manifest: Array<{ url: string }>): string | undefined {
  const entry = manifest.find((e) => /^\/?assets\/main-[\w-]+\.js$/.test(e.url))
  return entry && `/${entry.url.replace(/^\//, '')}`
}

/** Which page of the edition a path is, if any. `home` is `/` for the edition that answers it. */
function viewFor(edition: Edition, path: string, home: boolean): View | undefined {
  const { date, pages } = edition.issue
  if (home && path === urls.home()) return { kind: 'front', edition, latest: true }
  if (path === urls.issue(date)) return { kind: 'front', edition, latest: false }
  const page = pages.find((p) => path === urls.page(date, p.number))
  if (page) return { kind: 'page', edition, page }
  const article = edition.articles.find((a) => path === urls.article(date, a.id))
  return article && { kind: 'article', edition, article }
}

let headers: Promise<Headers> | undefined

/** The headers the worker sends with a page, security policy included. */
function pageHeaders(): Promise<Headers> {
  headers ??= cspDirectives().then(
    (csp) =>
      new Headers({
        'Content-Type': 'text/html; charset=UTF-8',
        'Content-Security-Policy': cspHeader(csp),
        'X-Content-Type-Options': 'nosniff',
        'X-Frame-Options': FRAME_OPTIONS,
        'Referrer-Policy': REFERRER_POLICY,
        'Permissions-Policy': DENIED_FEATURES.map((feature) => `${feature}=()`).join(', '),
      }),
  )
  return headers
}

export async function renderKeptPage(
  edition: Edition,
  path: string,
  home: boolean,
  mainScript: string | undefined,
): Promise<Response | undefined> {
  const view = viewFor(edition, path, home)
  if (!view) return undefined
  return new Response(renderPage(paper, view, path, mainScript), { headers: await pageHeaders() })
}
