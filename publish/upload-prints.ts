// The print PDFs of the days being published, and their page images: each PDF rendered once at
// the widest width, its renditions made by the photos' pipeline (photos/renditions.ts), and all
// written to R2 before any page names them. While one page's renditions are encoded (on sharp's
// threads), the next page is rendered (on this one). A PDF already there (the same file published
// again with a story corrected) is not rendered again: its names are its content's hash.
import { readFile } from 'node:fs/promises'
import sharp from 'sharp'
import { inParallel } from '../core/ledger/write-kv'
import { photoKey } from '../core/photos'
import { printKey } from '../core/prints'
import type { PrintFile } from './compile/prints'
import { renditionsOf } from './photos/renditions'
import { openPdf, renderPage } from './print/pdf'
import { FORMATS_FOR_PAGES } from './print/settings'
import type { Progress } from './progress'

/** Pages whose renditions are being encoded while the next is rendered. */
const AT_ONCE = 2

export async function uploadPrints(
  prints: PrintFile[],
  r2: R2Bucket,
  say: (line: string) => void,
  progress?: Progress,
): Promise<void> {
  const encoding: Array<Promise<void>> = []
  const unique = [...new Map(prints.map((p) => [p.print.image.id, p])).values()]
  let n = 0
  for (const { print, file } of unique) {
    progress?.step('版面 PDF', ++n, unique.length)
    // The last rendition written is the widest JPEG: with it and the PDF in R2, all is there.
    const last = photoKey(print.image.id, print.image.widths.at(-1)!, 'jpg')
    if ((await r2.head(last)) && (await r2.head(printKey(print.pdf)))) continue
    const bytes = await readFile(file)
    const opened = await openPdf(bytes)
    if (!opened.ok) throw new Error(`${file}：${opened.problem}`)
    const page = await renderPage(opened.pdf, print.image.w).finally(() => opened.pdf.doc.destroy())
    const raw = sharp(page.pixels, { raw: { width: page.width, height: page.height, channels: 4 } }).removeAlpha()
    const task = (async () => {
      const renditions = await renditionsOf(raw, print.image, FORMATS_FOR_PAGES)
      await r2.put(printKey(print.pdf), new Uint8Array(bytes), { httpMetadata: { contentType: 'application/pdf' } })
      await inParallel(
        renditions.filter((r) => r.key !== last),
        (r) => r2.put(r.key, new Uint8Array(r.bytes), { httpMetadata: { contentType: r.type } }).then(() => {}),
      )
      await r2.put(last, new Uint8Array(renditions.find((r) => r.key === last)!.bytes), {
        httpMetadata: { contentType: 'image/jpeg' },
      })
      const kb = Math.round(renditions.reduce((n, r) => n + r.bytes.length, 0) / 1024)
      say(`已上传版面 PDF ${printKey(print.pdf)} 和版面图（${renditions.length} 个尺寸，${kb} KB）`)
    })()
    // Its failure is thrown where it is awaited, below; until then it is not "unhandled".
    task.catch(() => {})
    encoding.push(task)
    if (encoding.length >= AT_ONCE) await encoding.shift()
  }
  await Promise.all(encoding)
}
