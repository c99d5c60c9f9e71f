// The browser build's entry, by its hashed name, from the Vite manifest (npm run build).
// biome-ignore lint/style/noRestrictedImports: the build's output (dist/), not the browser's source
import manifest from '../../dist/client/.vite/manifest.json'

const entry = (manifest as Record<string, { file: string; css?: string[] } | undefined>)['main.ts']

/** `/assets/main-<hash>.js`, or undefined when the build has no entry (the page still works). */
export const mainScript = entry ? `/${entry.file}` : undefined
