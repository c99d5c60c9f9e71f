// A print PDF read with pdf.js (Mozilla's, Apache-2.0), in this process: opened with nothing of
// it evaluated (no eval for fonts, no XFA, no system fonts; pdf.js's core never runs a PDF's
// JavaScript, and its scripting sandbox is never loaded), checked, its text read with positions,
// and its page rendered to pixels with @napi-rs/canvas.
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { getDocument, type PDFDocumentProxy, type PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs'
import type { TextItem } from 'pdfjs-dist/types/src/display/api'
import { MAX_BYTES, MAX_PIXELS, WIDTHS } from './settings'

const ASSETS = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'))

/** A piece of the page's text and its box, in points from the page's top left. */
export interface TextRun {
  text: string
  x: number
  y: number
  w: number
  h: number
}

export interface OpenPdf {
  doc: PDFDocumentProxy
  page: PDFPageProxy
  /** The page's size in points. */
  size: [number, number]
}

export type Opened = { ok: true; pdf: OpenPdf } | { ok: false; problem: string }
const refuse = (problem: string): Opened => ({ ok: false, problem })

const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MB`

/** Opens a one-page print PDF, or says what is wrong with it. */
export async function openPdf(bytes: Buffer): Promise<Opened> {
  if (bytes.length > MAX_BYTES) return refuse(`有 ${mb(bytes.length)}，超过每版 PDF ${mb(MAX_BYTES)} 的上限`)
  if (!bytes.subarray(0, 1024).includes('%PDF-')) return refuse('不是 PDF 文件（文件开头没有 %PDF-）')
  let doc: PDFDocumentProxy
  try {
    doc = await getDocument({
      data: new Uint8Array(bytes),
      isEvalSupported: false,
      enableXfa: false,
      disableFontFace: true,
      useSystemFonts: false,
      stopAtErrors: true,
      standardFontDataUrl: `${join(ASSETS, 'standard_fonts')}/`,
      cMapUrl: `${join(ASSETS, 'cmaps')}/`,
      wasmUrl: `${join(ASSETS, 'wasm')}/`,
      verbosity: 0,
    }).promise
  } catch (e) {
    const name = (e as Error).name
    if (name === 'PasswordException') return refuse('已加密（要密码才能打开）：请导出不加密的 PDF')
    return refuse(`已损坏，无法读取（${(e as Error).message}）`)
  }
  const info = (await doc.getMetadata().catch(() => undefined))?.info as { EncryptFilterName?: string } | undefined
  if (info?.EncryptFilterName) {
    await doc.destroy()
    return refuse('已加密：请导出不加密的 PDF')
  }
  if (doc.numPages !== 1) {
    await doc.destroy()
    return refuse(`有 ${doc.numPages} 页：每个 PDF 只放一个版，一页`)
  }
  let page: PDFPageProxy
  try {
    page = await doc.getPage(1)
  } catch (e) {
    await doc.destroy()
    return refuse(`已损坏，无法读取（${(e as Error).message}）`)
  }
  const { width, height } = page.getViewport({ scale: 1 })
  const widest = WIDTHS.at(-1)!
  const pixels = widest * Math.round((widest * height) / width)
  if (!(pixels <= MAX_PIXELS)) {
    await doc.destroy()
    return refuse(
      `页面 ${Math.round(width)}×${Math.round(height)} 点，按 ${widest} 像素宽渲染有 ${(pixels / 1e6).toFixed(1)} 百万像素，超过 ${MAX_PIXELS / 1e6} 百万的上限`,
    )
  }
  return { ok: true, pdf: { doc, page, size: [width, height] } }
}

/** The page's text, run by run, with boxes measured from the top left. */
export async function textRuns({ page, size: [, pageHeight] }: OpenPdf): Promise<TextRun[]> {
  const content = await page.getTextContent()
  const runs: TextRun[] = []
  for (const item of content.items) {
    const t = item as TextItem
    if (!t.str?.trim()) continue
    const [a, b, , d, e, f] = t.transform as number[]
    // Horizontal text only: a run's font size is its matrix's scale; its baseline is at f.
    const size = Math.hypot(a!, b!) || Math.abs(d!)
    runs.push({ text: t.str, x: e!, y: pageHeight - f! - size * 0.88, w: t.width, h: size })
  }
  return runs
}

/** The page rendered at `width` px: raw RGBA pixels, for sharp. */
export async function renderPage({ page, size }: OpenPdf, width: number) {
  const scale = width / size[0]
  const viewport = page.getViewport({ scale })
  const w = Math.round(viewport.width)
  const h = Math.round(viewport.height)
  const { createCanvas } = await import('@napi-rs/canvas')
  const canvas = createCanvas(w, h)
  const context = canvas.getContext('2d')
  context.fillStyle = '#fff'
  context.fillRect(0, 0, w, h)
  // pdf.js takes a DOM canvas; @napi-rs/canvas's is the one it is made to draw on in Node.
  await page.render({ canvas: canvas as never, canvasContext: context as never, viewport }).promise
  return { pixels: Buffer.from(context.getImageData(0, 0, w, h).data.buffer), width: w, height: h }
}
