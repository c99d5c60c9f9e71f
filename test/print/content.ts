// A copy of content/ whose 2024-03-11 issue carries print PDFs made by the generator, and where
// the generator placed each story. Test data only: the copy lives in a temp folder.
import { createHash } from 'node:crypto'
import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { copyContent, ISSUE } from '../node/content-copy'
import { type Box, ISSUE_DATE, type PrintPage, printPages } from './generate'

export { ISSUE_DATE }

export interface PrintedContent {
  dir: string
  /** The pages written, by 版 number. */
  pages: Map<number, PrintPage>
  /** The scanned-style PDF (page 2 as a picture, no text). */
  scanned: Buffer
}

let made: Promise<{ pages: PrintPage[]; scanned: Buffer }> | undefined

const CACHE = 'node_modules/.cache/zzrb-print-pages'
const MADE_FROM = ['test/print/layout.ts', 'test/print/generate.ts', join('content', ISSUE)]

/**
 * The generated PDFs, made once by Chromium (some 2 s) and kept in node_modules/.cache, named by
 * the generator's code and the issue's files: every test file then publishes the same bytes.
 */
export const generated = () => {
  made ??= (async () => {
    const hash = createHash('sha256')
    for (const path of MADE_FROM) {
      const files = (await stat(path)).isDirectory() ? (await readdir(path)).sort().map((f) => join(path, f)) : [path]
      for (const file of files) hash.update(`${file}\0`).update(await readFile(file))
    }
    const dir = join(CACHE, hash.digest('hex').slice(0, 24))
    const kept = await readFile(join(dir, 'pages.json'), 'utf8').catch(() => undefined)
    if (kept) {
      const meta = JSON.parse(kept) as Array<Omit<PrintPage, 'pdf'>>
      const pages = await Promise.all(
        meta.map(async (p) => ({ ...p, pdf: await readFile(join(dir, `${p.number}.pdf`)) })),
      )
      return { pages, scanned: await readFile(join(dir, 'scanned.pdf')) }
    }
    const fresh = await printPages()
    await mkdir(dir, { recursive: true })
    for (const p of fresh.pages) await writeFile(join(dir, `${p.number}.pdf`), p.pdf)
    await writeFile(join(dir, 'scanned.pdf'), fresh.scanned)
    await writeFile(join(dir, 'pages.json'), JSON.stringify(fresh.pages.map(({ pdf: _pdf, ...p }) => p)))
    return fresh
  })()
  return made
}

/**
 * content/ with pages/NN.pdf for the 版 given (all three by default); `scanned` puts the
 * picture-only PDF at 02.pdf instead of the one with text.
 */
export async function contentWithPrints(opts: { numbers?: number[]; scanned?: boolean } = {}): Promise<PrintedContent> {
  const { pages, scanned } = await generated()
  const dir = await copyContent()
  const folder = join(dir, ISSUE, 'pages')
  await mkdir(folder, { recursive: true })
  const out = new Map<number, PrintPage>()
  for (const p of pages) {
    if (opts.numbers && !opts.numbers.includes(p.number)) continue
    const file = join(folder, `${String(p.number).padStart(2, '0')}.pdf`)
    await writeFile(file, opts.scanned && p.number === 2 ? scanned : p.pdf)
    out.set(p.number, p)
  }
  return { dir, pages: out, scanned }
}

export type { Box, PrintPage }
