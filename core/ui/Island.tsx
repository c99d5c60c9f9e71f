import type { FunctionComponent, VNode } from 'preact'

type IslandComponent = FunctionComponent<never> & { displayName?: string }

/**
 * A server-rendered part the browser hydrates: `<Island><DownloadIssue date={d} /></Island>`.
 * The name is the component's, which is its file's (`islands/DownloadIssue.island.tsx`); the props are
 * the child's own, written once. client/hydrate.ts finds the file by that name.
 */
export function Island({ children }: { children: VNode<object> }) {
  const component = children.type as IslandComponent
  // The worker's build keeps function names; the Vite builds set displayName (vite.config.ts).
  const name = component.displayName ?? component.name
  const props = Object.keys(children.props).length > 0 ? JSON.stringify(children.props) : undefined
  return (
    <div data-island={name} data-props={props}>
      {children}
    </div>
  )
}
