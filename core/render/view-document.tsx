import type { ComponentChild } from 'preact'
import type { Paper } from '../model'
import { App } from '../ui/App'
import type { View } from '../ui/view'
import { renderDocument } from './document'
import { headFor } from './head'

/**
 * A view's content inside the app's chrome, with the head for its kind, as a whole document. `page`
 * is its public address, which canonical URLs and schema.org data name.
 */
export function renderViewDocument(
  paper: Paper,
  view: View,
  page: URL,
  mainScript: string | undefined,
  content: ComponentChild,
): string {
  return renderDocument(
    headFor(paper, view, page),
    <App name={paper.name} view={view} path={page.pathname + page.search}>
      {content}
    </App>,
    mainScript,
  )
}
