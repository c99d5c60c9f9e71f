// npm run publish: the publisher (publish/cli.ts) bundled by esbuild, then run by plain Node in
// this same process (its arguments pass through). The bundle takes a tenth of a second; tsx's
// loader would add most of a second to every publish. It is written under a name of its own and
// renamed into place, so publishes started together never load a half-written bundle.
import { mkdirSync, renameSync, writeFileSync } from 'node:fs'
import { buildSync } from 'esbuild'

const OUT = '.build/publish/cli.mjs'
const [bundle] = buildSync({
  entryPoints: ['publish/cli.ts'],
  bundle: true,
  platform: 'node',
  format: 'esm',
  packages: 'external',
  outfile: OUT,
  write: false,
  logLevel: 'warning',
}).outputFiles
mkdirSync('.build/publish', { recursive: true })
writeFileSync(`${OUT}.${process.pid}`, bundle.contents)
renameSync(`${OUT}.${process.pid}`, OUT)
await import(`../${OUT}`)
