// Hydrates the islands the server rendered, once the page is idle: the page is whole without
// them, so nothing they need (Preact, their own scripts, their stylesheet) delays the first view
// or, on a first visit, the issue crossing the link. Each island is found by the name on its
// element, which is its file's (core/ui/islands/<Name>.island.tsx).
import islandsCss from './islands.css?url'

type Module = { default: import('preact').ComponentType<object> }
const loaders = import.meta.glob<Module>('../core/ui/islands/*.island.tsx')
const byName = new Map(Object.entries(loaders).map(([path, load]) => [path.replace(/^.*\/|\.island\.tsx$/g, ''), load]))

export async function hydrateIslands(): Promise<void> {
  // What only islands show (the status bar, their buttons) is styled by their own stylesheet.
  document.head.append(Object.assign(document.createElement('link'), { rel: 'stylesheet', href: islandsCss }))
  const { h, hydrate } = await import('preact')
  // The status bar is the one island with nothing to render on the server: it gets its element here.
  const bar = document.createElement('div')
  bar.dataset.island = 'Status'
  document.body.append(bar)
  for (const el of document.querySelectorAll<HTMLElement>('[data-island]')) {
    const load = byName.get(el.dataset.island ?? '')
    const props = JSON.parse(el.dataset.props ?? '{}') as object
    void load?.().then(({ default: C }) => hydrate(h(C, props), el))
  }
}
