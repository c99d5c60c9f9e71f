// The cost of print PDFs (版面图) at publish and on the phone, side by side in one run: a day's
// publish of the real issue into a fresh local state, without PDFs and with its three 版 as
// generated print PDFs (test/print/: test data, never news), alternated, median of RUNS; and the
// bytes of the page images a reader's phone fetches and keeps. Run alone: npm run bench:prints.
import { execFile } from 'node:child_process'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { promisify } from 'node:util'
import sharp from 'sharp'
import type { Edition } from '../../core/model'
import { compileContent } from '../../publish/compile/content'
import { renditionsOf } from '../../publish/photos/renditions'
import { openPdf, renderPage } from '../../publish/print/pdf'
import { FORMATS_FOR_PAGES } from '../../publish/print/settings'
import { contentWithPrints } from '../../test/print/content'

const run = promisify(execFile)
const RUNS = 3
/** The issue's budget: three 版 of print may add at most this to a day's publish. */
export const BUDGET_SECONDS = 10

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!

async function publishSeconds(content: string): Promise<number> {
  const state = await mkdtemp(join(tmpdir(), 'zzrb-bench-prints-'))
  try {
    const t = performance.now()
    await run(process.execPath, ['scripts/publish.mjs', '--persist-to', state, '--content', content])
    return (performance.now() - t) / 1000
  } finally {
    await rm(state, { recursive: true, force: true })
  }
}

export async function printsBench() {
  const printed = await contentWithPrints()
  const without: number[] = []
  const withPdfs: number[] = []
  for (let i = 0; i < RUNS; i++) {
    without.push(await publishSeconds('content'))
    withPdfs.push(await publishSeconds(printed.dir))
  }
  const plain = median(without)
  const prints = median(withPdfs)
  // What a 390 px phone at DPR 2 fetches on a 版's first view, and what a kept issue keeps.
  const { issues } = await compileContent(printed.dir)
  const edition: Edition = issues.at(-1)!
  const bytes = { firstView: 0, kept: 0, thumbs: 0, zoom: 0 }
  for (const page of edition.issue.pages) {
    const file = join(printed.dir, 'issues', edition.issue.date, 'pages', `${String(page.number).padStart(2, '0')}.pdf`)
    const opened = await openPdf(await readFile(file))
    if (!opened.ok || !page.print) continue
    const pixels = await renderPage(opened.pdf, page.print.image.w)
    await opened.pdf.doc.destroy()
    const raw = sharp(pixels.pixels, { raw: { width: pixels.width, height: pixels.height, channels: 4 } })
    const renditions = await renditionsOf(raw.removeAlpha(), page.print.image, FORMATS_FOR_PAGES)
    const size = (suffix: string) => renditions.find((r) => r.key.endsWith(suffix))!.bytes.length
    bytes.firstView = Math.max(bytes.firstView, size('-720.avif'))
    bytes.kept += size('-360.webp')
    bytes.thumbs += size('-120.webp')
    bytes.zoom = Math.max(bytes.zoom, size('-1600.avif'))
  }
  const kb = (n: number) => Math.round(n / 102.4) / 10
  return {
    publish: {
      'a day’s publish, no PDFs (s)': +plain.toFixed(2),
      'the same day with 3 print PDFs (s)': +prints.toFixed(2),
      'added by the PDFs (s)': +(prints - plain).toFixed(2),
      'with ÷ without': +(prints / plain).toFixed(2),
      [`budget: added ≤ ${BUDGET_SECONDS} s`]: prints - plain <= BUDGET_SECONDS ? 'met' : 'NOT met',
    },
    bytes: {
      'a 版’s first view: page image 720 px AVIF, the largest (KB)': kb(bytes.firstView),
      'the strip: every 版’s 120 px WebP (KB)': kb(bytes.thumbs),
      'first view, page + strip (KB), budget 150': kb(bytes.firstView + bytes.thumbs),
      'kept with the issue: every 版 at 360 px WebP (KB)': kb(bytes.kept),
      'zoomed in: 1600 px AVIF, the largest (KB)': kb(bytes.zoom),
    },
    runs: { without, withPdfs },
  }
}

export function printPrintsBench(r: Awaited<ReturnType<typeof printsBench>>): void {
  console.log(
    `\nPrint PDFs (版面图): a day's publish without and with its 3 版 as PDFs, median of ${RUNS}, alternated:`,
  )
  console.table(r.publish)
  console.log('Page images of the 3 generated 版 (test pages; a 版 of dense print is heavier):')
  console.table(r.bytes)
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) printPrintsBench(await printsBench())
