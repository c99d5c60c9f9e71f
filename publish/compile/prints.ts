// An issue's print PDFs (pages/NN.pdf): each checked and read (publish/print/inspect.ts), its
// 版 given its printed page, and each story on it its place, found from the PDF's text or set
// by the editors (front matter region). A story not found is published without a place, with a
// warning by file; a PDF that cannot be published is refused by name.
import { readFile, stat } from 'node:fs/promises'
import { basename, join } from 'node:path'
import type { Box, PrintedPage } from '../../core/model'
import { inspectPrint } from '../print/inspect'
import { STORY_FOUND } from '../print/regions'
import { MAX_BYTES } from '../print/settings'
import type { DaySource } from '../sources'
import type { CompiledArticle } from './article'
import type { Problems } from './problems'

/** A published printed page and its PDF file. */
export interface PrintFile {
  print: PrintedPage
  file: string
}

const pdfName = (n: number) => `pages/${String(n).padStart(2, '0')}.pdf`

/** The printed pages of a day's 版, by number; each article's region set on it. */
export async function attachPrints(
  day: DaySource,
  pages: Set<number>,
  compiled: CompiledArticle[],
  problems: Problems,
): Promise<Map<number, PrintFile>> {
  const out = new Map<number, PrintFile>()
  for (const [number, file] of day.prints) {
    if (!pages.has(number)) {
      problems.add(file, `是第 ${number} 版的 PDF，但 issue.yaml 的 pages 里没有第 ${number} 版`)
      continue
    }
    const { size } = await stat(file)
    if (size > MAX_BYTES) {
      problems.add(file, `有 ${(size / 2 ** 20).toFixed(1)} MB，超过每版 PDF ${MAX_BYTES / 2 ** 20} MB 的上限`)
      continue
    }
    const stories = compiled.filter((c) => c.article.page === number)
    const inspected = await inspectPrint(
      await readFile(file),
      stories.map((c) => c.article),
    )
    if (!inspected.ok) {
      problems.add(file, inspected.problem)
      continue
    }
    out.set(number, { print: inspected.print, file })
    const { regions, found } = inspected.found
    const textless = [...found.values()].every((share) => share === 0)
    for (const c of stories) {
      if (c.region !== undefined) continue // the editors' own, set below
      const boxes = regions.get(c.article.id)
      if (boxes) {
        c.article.region = boxes
        continue
      }
      const share = Math.round((found.get(c.article.id) ?? 0) * 100)
      problems.warn(
        c.file,
        textless
          ? `${pdfName(number)} 里没有可读的文字（扫描件？），版面图上没有这篇稿件的位置；可在稿件信息里用 region 标出`
          : `在 ${pdfName(number)} 里只找到这篇稿件 ${share}% 的文字（至少要 ${STORY_FOUND * 100}%），版面图上没有它的位置；可在稿件信息里用 region 标出`,
        { field: 'region' },
      )
    }
  }
  for (const c of compiled) setByHand(c, out.get(c.article.page)?.print, day, problems)
  return out
}

/** The editors' region, from percent of the page to its points; refused where the 版 has no PDF. */
function setByHand(c: CompiledArticle, print: PrintedPage | undefined, day: DaySource, problems: Problems): void {
  if (c.region === undefined) return
  if (!print) {
    if (!day.prints.has(c.article.page))
      problems.add(
        c.file,
        `第 ${c.article.page} 版没有印刷 PDF（${join(basename(day.dir), pdfName(c.article.page))}），region 无处可标`,
        { field: 'region', line: c.lineOf('region') },
      )
    return
  }
  if (c.region === false) {
    delete c.article.region
    return
  }
  const [w, h] = print.size
  const at = (n: number, of: number) => Math.round(n * of) / 100
  c.article.region = c.region.map(([x, y, bw, bh]): Box => [at(x, w), at(y, h), at(bw, w), at(bh, h)])
}
