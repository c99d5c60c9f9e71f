// A Vite plugin for the browser builds: each island (core/ui/islands/<Name>.island.tsx) gets its
// file's name as displayName, which <Island> writes into the page for the browser to hydrate by.
// Minification renames functions; the worker's build (wrangler) keeps names, so it needs no help.
import { basename } from 'node:path'
import type { Plugin } from 'vite'

export function islandNames(): Plugin {
  return {
    name: 'zzrb-island-names',
    enforce: 'pre',
    transform(code, id) {
      const file = id.split('?')[0] ?? id
      if (!file.endsWith('.island.tsx')) return undefined
      const name = basename(file, '.island.tsx')
      if (!new RegExp(`export default function ${name}\\b`).test(code)) {
        this.error(`${file} must export default function ${name}: an island is named by its file`)
      }
      return { code: `${code}\n${name}.displayName = ${JSON.stringify(name)}\n`, map: null }
    },
  }
}
