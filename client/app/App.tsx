import { urls } from '../lib/urls'
import { ArchiveView } from './ArchiveView'
import { ArticleView } from './ArticleView'
import { ErrorView } from './ErrorView'
import { FrontPage } from './FrontPage'
import { PageView } from './PageView'
import { SearchView } from './SearchView'
import type { Site, View } from './view'
import { Island } from './Island'
import Status from '../islands/Status'
import SavedList from '../islands/SavedList'
import Settings from '../islands/Settings'

/** The one component tree: rendered to HTML by the worker, hydrated in the browser. */
export function App({ site, view }: { site: Site; view: View }) {
  return (
    <>
      <a class="skip" href="#main">
        跳到正文
      </a>
      {view.kind !== 'front' && (
        <header class="site">
          <a class="brand" href={urls.home()}>
            {site.name}
          </a>
        </header>
      )}
      <main id="main" tabIndex={-1}>
        <Content site={site} view={view} />
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
      <Island name="status" props={{}}>
        <Status />
      </Island>
    </>
  )
}

function Content({ site, view }: { site: Site; view: View }) {
  switch (view.kind) {
    case 'front':
      return <FrontPage name={site.name} edition={view.edition} />
    case 'page':
      return <PageView edition={view.edition} page={view.page} />
    case 'article':
      return <ArticleView edition={view.edition} article={view.article} />
    case 'archive':
      return <ArchiveView archive={view.archive} />
    case 'search':
      return <SearchView query={view.query} hits={view.hits} />
    case 'error':
      return <ErrorView status={view.status} message={view.message} />
    case 'offline':
      return (
        <ErrorView status={503} message="现在没有网络，这一页也没有保存在手机上。已保存的报纸仍可阅读。" title="离线" />
      )
    case 'saved':
      return (
        <>
          <h1>收藏</h1>
          <Island name="saved" props={{}}>
            <SavedList />
          </Island>
        </>
      )
    case 'settings':
      return (
        <>
          <h1>设置</h1>
          <Island name="settings" props={{}}>
            <Settings />
          </Island>
        </>
      )
  }
}
