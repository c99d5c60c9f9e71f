// The stock peer (../shared/peers/astro-pwa: Astro 5 + @vite-pwa/astro), built from this project's
// content/ in a temporary copy (shared/ is read-only in CI), measured by its own measure script
// and served by its own serve.mjs, which stands in for static hosting.
import { execFile, spawn } from 'node:child_process'
import { cp, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { promisify } from 'node:util'

const run = promisify(execFile)
const SOURCE = process.env.ZZRB_PEER_DIR ?? resolve('..', 'shared/peers/astro-pwa')

export interface PeerBytes {
  front: number
  longestArticle: number
  /** The page's own scripts on a first visit (its service worker and Workbox runtime not counted). */
  firstLoadJs: number
}

export interface Peer {
  port: number
  /** Every page the peer precaches for the latest issue. */
  pages: string[]
  /** The path of its longest article's page. */
  longestArticle: string
  bytes: PeerBytes
  stop(): Promise<void>
}

interface Measured {
  pages: string[]
  frontPage: { gzip: number }
  longestArticle: { file: string; gzip: number }
  firstVisitJs: { files: Array<{ file: string; gzip: number }> }
}

/** Copies, installs and builds the peer from `content`, then serves it on `port`. */
export async function startPeer(port: number, content = 'content', say = console.log): Promise<Peer> {
  const dir = await mkdtemp(join(tmpdir(), 'zzrb-peer-'))
  say(`building the peer in ${dir} (npm ci, astro build) …`)
  await cp(SOURCE, dir, { recursive: true, filter: (src) => !/\/(node_modules|dist)(\/|$)/.test(src) })
  const opts = { cwd: dir, maxBuffer: 64 * 1024 * 1024, env: { ...process.env, PEER_CONTENT: resolve(content) } }
  await run('npm', ['ci', '--no-audit', '--no-fund', '--ignore-scripts'], opts)
  await run('npm', ['run', 'build'], opts)
  const measured = JSON.parse((await run('node', ['scripts/measure.mjs', '--json'], opts)).stdout) as Measured
  const pageJs = measured.firstVisitJs.files.filter((f) => !/(^|\/)(sw|workbox-[\w-]+)\.js$/.test(f.file))

  const server = spawn('node', ['serve.mjs', String(port)], { cwd: dir, stdio: 'ignore' })
  const deadline = Date.now() + 30_000
  for (;;) {
    const up = await fetch(`http://127.0.0.1:${port}/`).then(
      (r) => r.ok,
      () => false,
    )
    if (up) break
    if (Date.now() > deadline) throw new Error(`the peer did not start on port ${port}`)
    await new Promise((r) => setTimeout(r, 200))
  }
  return {
    port,
    pages: measured.pages,
    longestArticle: `/${measured.longestArticle.file.replace(/index\.html$/, '')}`,
    bytes: {
      front: measured.frontPage.gzip,
      longestArticle: measured.longestArticle.gzip,
      firstLoadJs: pageJs.reduce((n, f) => n + f.gzip, 0),
    },
    async stop() {
      server.kill()
      await rm(dir, { recursive: true, force: true })
    },
  }
}
