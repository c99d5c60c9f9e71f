// The offline page and 往期 with no network, as whole HTML documents, for the service worker:
// both list the issues kept on the phone, each a link to its front page (which it renders too).
import type { Paper } from '../model'
import type { View } from '../ui/view'
import { KeptArchiveView, type KeptIssue, OfflineView } from '../ui/views/OfflineView'
import { renderViewDocument } from './view-document'

export function renderOfflinePage(
  paper: Paper,
  which: 'offline' | 'archive',
  kept: KeptIssue[],
  page: URL,
  mainScript: string | undefined,
): string {
  // 往期's head and chrome, with an index of none: its months are not kept, its issues are listed.
  const view: View = which === 'archive' ? { kind: 'archive', index: { months: [], recent: [] } } : { kind: 'offline' }
  const content = which === 'archive' ? <KeptArchiveView kept={kept} /> : <OfflineView kept={kept} />
  return renderViewDocument(paper, view, page, mainScript, content)
}
