// A copy of content/ whose 2024-03-11 issue carries print PDFs made by the generator, and where
// the generator placed each story. Test data only: the copy lives in a temp folder.
import { mkdir, writeFile } from 'node:fs/promises'
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

/** The generated PDFs, made once per test file (Chromium takes some 2 s). */
export const generated = () => {
  made ??= printPages()
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
