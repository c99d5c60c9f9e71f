import type { ComponentChildren } from 'preact'
import { urls } from '../urls'
import type { Site, View } from './view'

/**
 * The page around every view: skip link, site header (the front page has its masthead instead),
 * the view in <main> and the site's footer. The status bar has no server part: only a script can
 * know what it says, so client/hydrate.ts adds it.
 */
export function App({ site, kind, children }: { site: Site; kind: View['kind']; children: ComponentChildren }) {
  return (
    <>
      <a class="skip" href="#main">
        跳到正文
      </a>
      {kind !== 'front' && (
        <header>
          <a class="brand" href={urls.home()}>
            {site.name}
          </a>
        </header>
      )}
      <main id="main">{children}</main>
      <footer>
        <nav>
          {kind !== 'front' && <a href={urls.home()}>最新一期</a>}
          <a href={urls.archive()}>往期</a>
          <a href={urls.search()}>搜索</a>
          <a href={urls.saved()}>收藏</a>
          <a href={urls.settings()}>设置</a>
        </nav>
      </footer>
    </>
  )
}
