// One page of the app as a whole HTML document: what the worker answers. The pages of an issue
// render the same way offline (edition-page.tsx), so online and offline they cannot differ.
import type { Paper } from '../model'
import type { View } from '../ui/view'
import { Content } from '../ui/views/Content'
import { renderViewDocument } from './view-document'

export function renderPage(paper: Paper, view: View, page: URL, mainScript: string | undefined): string {
  return renderViewDocument(paper, view, page, mainScript, <Content view={view} />)
}
