import type { EditionView } from '../view'
import { ArticleView } from './ArticleView'
import { FrontPage } from './FrontPage'
import { PageView } from './PageView'

/** The pages of one issue: front page, 版面, article. The service worker renders only these. */
export function EditionContent({ view }: { view: EditionView }) {
  switch (view.kind) {
    case 'front':
      return <FrontPage edition={view.edition} news={view.news} held={view.held ?? false} />
    case 'page':
      return <PageView edition={view.edition} page={view.page} held={view.held ?? false} />
    case 'article':
      return <ArticleView edition={view.edition} article={view.article} held={view.held ?? false} />
  }
}
