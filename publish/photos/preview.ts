// The preview a page shows in a photo's box until the photo arrives: a picture a few pixels wide,
// in an SVG of the photo's own proportions (a vector image to the browser, so it is not taken for
// a photo served too small or out of shape), which the stylesheet blurs. Where even the smallest
// does not fit PREVIEW_MAX, the photo's dominant colour stands in.
import type sharp from 'sharp'
import { PREVIEW_MAX, PREVIEW_WIDTHS } from './settings'

const svg = (w: number, h: number, inner: string) =>
  `data:image/svg+xml,<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 ${w} ${h}'>${inner}</svg>`

/** `upright`: the decoded photo, turned upright and in sRGB; `w`×`h` its size. */
export async function previewOf(upright: sharp.Sharp, w: number, h: number): Promise<string> {
  for (const width of PREVIEW_WIDTHS) {
    const webp = await upright.clone().resize(width).webp({ quality: 30 }).toBuffer()
    const image = `<image width='${w}' height='${h}' preserveAspectRatio='none' href='data:image/webp;base64,${webp.toString('base64')}'/>`
    const url = svg(w, h, image)
    if (url.length <= PREVIEW_MAX) return url
  }
  const { r, g, b } = (await upright.clone().stats()).dominant
  const hex = [r, g, b].map((c) => c.toString(16).padStart(2, '0')).join('')
  return svg(w, h, `<rect width='${w}' height='${h}' fill='%23${hex}'/>`)
}
