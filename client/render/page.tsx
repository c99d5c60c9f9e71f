// One page of the app as a whole HTML document: what the worker answers, and what the service
// worker renders offline from a kept issue's JSON. Both go through here, so they cannot differ.
import { App } from '../app/App'
import type { View } from '../app/view'
import type { Paper } from '../../publish/schema'
import { renderDocument } from './document'
import { headFor } from './head'

export function renderPage(paper: Paper, view: View, path: string, mainScript: string | undefined): string {
  const site = { name: paper.name, description: paper.description }
  return renderDocument(headFor(paper, view, path), <App site={site} view={view} />, mainScript)
}
