// Hydrates the islands the server rendered. Each is found by the name on its element, which is
// its file's (core/ui/islands/<Name>.island.tsx); the status bar, on every page, comes with this
// script, the others load where they appear.
import { type ComponentType, h, hydrate } from 'preact'
import Status from '../core/ui/islands/Status.island'

type Module = { default: ComponentType<object> }
const lazy = import.meta.glob<Module>(['../core/ui/islands/*.island.tsx', '!../core/ui/islands/Status.island.tsx'])
const loaders = new Map<string, () => Promise<Module>>([['Status', () => Promise.resolve({ default: Status })]])
for (const [path, load] of Object.entries(lazy)) loaders.set(path.replace(/^.*\/|\.island\.tsx$/g, ''), load)

export function hydrateIslands(): void {
  for (const el of document.querySelectorAll<HTMLElement>('[data-island]')) {
    const load = loaders.get(el.dataset.island ?? '')
    const props = JSON.parse(el.dataset.props ?? '{}') as object
    void load?.().then(({ default: C }) => hydrate(h(C, props), el))
  }
}
