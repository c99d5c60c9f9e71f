// A page of one issue (front page, 版面, article) as a whole HTML document, for the service
// worker's kept issues. It imports only the views, so the service worker's bundle
// carries none of the others; the worker renders the same pages through renderPage.
import type { Paper } from '../model'
import type { EditionView } from '../ui/view'
import { EditionContent } from '../ui/views/EditionContent'
import { renderViewDocument } from './view-document'

export function renderEditionPage(paper: Paper, view: EditionView, page: URL, mainScript: string | undefined): string {
  return renderViewDocument(paper, view, page, mainScript, <EditionContent view={view} />)
}
