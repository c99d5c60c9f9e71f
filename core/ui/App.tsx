import type { ComponentChildren } from 'preact'
import { urls } from '../urls'
import { Island } from './Island'
import Status from './islands/Status.island'
import type { Site, View } from './view'

/**
 * The page around every view: skip link, site header (the front page has its masthead instead),
 * the view in <main>, the site's footer and the status bar.
 */
export function App({ site, kind, children }: { site: Site; kind: View['kind']; children: ComponentChildren }) {
  return (
    <>
      <a class="skip" href="#main">
        跳到正文
      </a>
      {kind !== 'front' && (
        <header class="site">
          <a class="brand" href={urls.home()}>
            {site.name}
          </a>
        </header>
      )}
      <main id="main" tabIndex={-1}>
        {children}
      </main>
      <footer class="site">
        <nav aria-label="站点">
          <a href={urls.home()}>最新一期</a>
          <a href={urls.archive()}>往期</a>
          <a href={urls.search()}>搜索</a>
          <a href={urls.saved()}>收藏</a>
          <a href={urls.settings()}>设置</a>
        </nav>
        <p>{site.description}</p>
      </footer>
      <Island>
        <Status />
      </Island>
    </>
  )
}
