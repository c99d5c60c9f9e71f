// A 版's print PDF, checked and described before anything is written: a one-page PDF within the
// caps, its page image's name and sizes (rendered later, at upload: upload-prints.ts), a tiny
// preview for the page to show until the image comes, and where each story of the 版 is printed.
import { createHash } from 'node:crypto'
import sharp from 'sharp'
import type { Article, Block, Inline, PrintedPage } from '../../core/model'
import { previewOf } from '../photos/preview'
import { openPdf, renderPage, textRuns } from './pdf'
import { type Found, findRegions, type StoryText } from './regions'
import { PRINT_SETTINGS, WIDTHS } from './settings'

export type InspectedPrint = { ok: true; print: PrintedPage; found: Found } | { ok: false; problem: string }

const hash = (...parts: Array<string | Buffer>) => {
  const h = createHash('sha256')
  for (const p of parts) h.update(p)
  return h.digest('hex').slice(0, 16)
}

export async function inspectPrint(bytes: Buffer, articles: Article[]): Promise<InspectedPrint> {
  const opened = await openPdf(bytes)
  if (!opened.ok) return opened
  const { pdf } = opened
  try {
    const found = findRegions(await textRuns(pdf), articles.map(storyText), pdf.size)
    // Rendering the preview draws the whole page: a PDF damaged inside fails here, not at upload.
    const small = await renderPage(pdf, WIDTHS[0])
    const widest = WIDTHS.at(-1)!
    const w = widest
    const h = Math.round((widest * pdf.size[1]) / pdf.size[0])
    const raw = sharp(small.pixels, { raw: { width: small.width, height: small.height, channels: 4 } })
    const image = { id: hash(PRINT_SETTINGS, bytes), w, h, widths: [...WIDTHS], preview: await previewOf(raw, w, h) }
    const size: [number, number] = [round(pdf.size[0]), round(pdf.size[1])]
    return { ok: true, print: { image, size, pdf: hash(bytes), pdfBytes: bytes.length }, found }
  } catch (e) {
    return { ok: false, problem: `已损坏，无法渲染（${(e as Error).message}）` }
  } finally {
    await pdf.doc.destroy()
  }
}

const round = (n: number) => Math.round(n * 100) / 100

const inline = (nodes: Inline[]): string => nodes.map((n) => (typeof n === 'string' ? n : inline(n.c))).join('')
const blockText = (b: Block): string[] => {
  switch (b.t) {
    case 'p':
      return [inline(b.c)]
    case 'h':
    case 'label':
      return [b.text]
    case 'quote':
      return b.c.map(inline)
    case 'list':
      return b.items.map(inline)
    case 'figure':
      return [b.caption, b.credit ?? '']
  }
}

/** Everything a story prints, as the page's text is matched against it. */
export const storyText = (a: Article): StoryText => ({
  id: a.id,
  texts: [
    a.kicker ?? '',
    a.title,
    a.subtitle ?? '',
    ...a.byline.flatMap((p) => [p.role, p.name]),
    a.dateline ?? '',
    ...a.body.flatMap(blockText),
  ],
})
