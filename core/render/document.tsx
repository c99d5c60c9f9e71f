// The HTML document around the app: head for search engines and social cards, the inline
// stylesheet, and the app root the browser hydrates. The worker renders it for every page, the
// service worker for the pages of kept issues.
import { renderToString } from 'preact-render-to-string'
import type { ComponentChild } from 'preact'
import { css } from '../ui/styles'
import { PREFS_BOOT } from './boot'

export interface Head {
  title: string
  description: string
  canonical: string
  type: 'website' | 'article'
  published?: string
  section?: string
  jsonLd: object[]
  siteName: string
  themeColor: string
  noindex?: boolean
}

/** JSON for a <script> data block: nothing in it can close the tag or break the line. */
function scriptJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029')
}

/** `mainScript` is the hashed entry of the browser build the page belongs to. */
export function renderDocument(head: Head, app: ComponentChild, mainScript: string | undefined): string {
  return `<!doctype html>${renderToString(
    <html lang="zh-CN">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover" />
        <title>{head.title}</title>
        <meta name="description" content={head.description} />
        <link rel="canonical" href={head.canonical} />
        {head.noindex && <meta name="robots" content="noindex" />}
        <meta name="theme-color" content={head.themeColor} />
        <meta name="color-scheme" content="light dark" />
        <meta property="og:site_name" content={head.siteName} />
        <meta property="og:locale" content="zh_CN" />
        <meta property="og:type" content={head.type} />
        <meta property="og:title" content={head.title} />
        <meta property="og:description" content={head.description} />
        <meta property="og:url" content={head.canonical} />
        {head.published && <meta property="article:published_time" content={head.published} />}
        {head.section && <meta property="article:section" content={head.section} />}
        <link rel="alternate" type="application/rss+xml" title={head.siteName} href="/feed.xml" />
        <link rel="manifest" href="/manifest.webmanifest" />
        <link rel="icon" href="/icons/icon-192.png" />
        <link rel="apple-touch-icon" href="/icons/apple-touch-icon.png" />
        <meta name="apple-mobile-web-app-capable" content="yes" />
        <meta name="apple-mobile-web-app-title" content={head.siteName} />
        <script dangerouslySetInnerHTML={{ __html: PREFS_BOOT }} />
        <style dangerouslySetInnerHTML={{ __html: css }} />
        {mainScript && <script type="module" src={mainScript} />}
        {head.jsonLd.map((data) => (
          <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: scriptJson(data) }} />
        ))}
      </head>
      <body>
        <div id="app">{app}</div>
      </body>
    </html>,
  )}`
}
