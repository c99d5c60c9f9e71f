import { urls } from '../lib/urls'
import { ArchiveView } from './ArchiveView'
import { ArticleView } from './ArticleView'
import { ErrorView } from './ErrorView'
import { FrontPage } from './FrontPage'
import { PageView } from './PageView'
import { SearchView } from './SearchView'
import type { Site, View } from './view'

/** The one component tree: rendered to HTML by the worker, hydrated in the browser. */
export function App({ site, view }: { site: Site; view: View }) {
  return (
    <>
      <a class="skip" href="#main">跳到正文</a>
      {view.kind !== 'front' && (
        <header class="site">
          <a class="brand" href={urls.home()}>{site.name}</a>
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
        </nav>
        <p>{site.description}</p>
      </footer>
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
  }
}
