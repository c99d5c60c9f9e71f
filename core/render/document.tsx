// The HTML document around the app: head for search engines and social cards, the inline
// stylesheet, and the app root the browser hydrates. The worker renders it for every page, the
// service worker for the pages of kept issues.

import type { ComponentChild } from 'preact'
import { renderToString } from 'preact-render-to-string'
import { LINKED } from '../ui/styles/linked'
import { PREFS_BOOT } from './boot'

export interface Head {
  title: string
  /** The stylesheet, inlined: the one its kind of page needs (core/ui/styles). */
  css: string
  description: string
  canonical: string
  type: 'website' | 'article'
  published?: string
  section?: string
  /** The lead photo's address, for social cards. */
  image?: string
  jsonLd: object[]
  siteName: string
  themeColor: string
  noindex?: boolean
  /** Names the RSS feed, for feed readers to find: on the front page and 往期. */
  feed?: boolean
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

/** One JSON-LD block: the item itself when there is one, else a graph of them. */
function linkedData(items: object[]): object {
  const context = { '@context': 'https://schema.org' }
  return items.length === 1 ? { ...context, ...items[0] } : { ...context, '@graph': items }
}

/** `mainScript` is the hashed entry of the browser build the page belongs to. */
export function renderDocument(head: Head, app: ComponentChild, mainScript: string | undefined): string {
  return `<!doctype html>${renderToString(
    <html lang="zh-CN">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width" />
        <title>{head.title}</title>
        <meta name="description" content={head.description} />
        <link rel="canonical" href={head.canonical} />
        {head.noindex && <meta name="robots" content="noindex" />}
        <meta name="theme-color" content={head.themeColor} />
        <meta property="og:site_name" content={head.siteName} />
        {head.type !== 'website' && <meta property="og:type" content={head.type} />}
        <meta property="og:title" content={head.title} />
        <meta property="og:description" content={head.description} />
        <meta property="og:url" content={head.canonical} />
        {head.image && <meta property="og:image" content={head.image} />}
        {head.published && <meta property="article:published_time" content={head.published} />}
        {head.section && <meta property="article:section" content={head.section} />}
        {head.feed && <link rel="alternate" type="application/rss+xml" title={head.siteName} href="/feed.xml" />}
        {/* The tab and home-screen icons need no <link>: browsers ask for /favicon.ico and
            /apple-touch-icon.png at the site's root by themselves. */}
        <link rel="manifest" href="/manifest.webmanifest" />
        <script dangerouslySetInnerHTML={{ __html: PREFS_BOOT }} />
        <style dangerouslySetInnerHTML={{ __html: head.css }} />
        {/* After the inline sheet, which it overrides from 1024 px; a phone does not wait for it. */}
        <link rel="stylesheet" href={LINKED.desktop.href} media="(min-width:1024px)" />
        {mainScript && <script type="module" src={mainScript} />}
        {head.jsonLd.length > 0 && (
          <script
            type="application/ld+json"
            dangerouslySetInnerHTML={{ __html: scriptJson(linkedData(head.jsonLd)) }}
          />
        )}
      </head>
      <body>{app}</body>
    </html>,
  )}`
}
