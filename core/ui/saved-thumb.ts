// The lead photo of the article page being saved, read back from its markup (the first photo's
// preview and rendition addresses, core/ui/parts/Picture.tsx), so 收藏 can list it with its
// thumbnail and the page carries no extra data for it.
import type { Photo } from '../model'
import { PHOTO_KEY } from '../photos'

/** What is read of the page: the DOM's, or node-html-parser's in tests. */
interface Markup {
  querySelector(selector: string): { getAttribute(name: string): string | null | undefined } | null
}

/** A rendition's id and width from its address in a srcset ("/photos/<id>-<w>.jpg?show 720w"). */
function rendition(candidate: string): [id: string, width: number] | undefined {
  const path = candidate.trim().split(/\s+/)[0] ?? ''
  const m = PHOTO_KEY.exec(path.replace(/^.*\//, '').replace(/\?.*$/, ''))
  return m ? [m[1]!, Number(m[2])] : undefined
}

export function leadPhotoOnPage(page: Markup): Photo | undefined {
  const preview = page.querySelector('.photo .preview')
  const img = page.querySelector('.photo picture img')
  const srcset = img?.getAttribute('srcset') ?? img?.getAttribute('data-srcset')
  const tiny = preview?.getAttribute('src')
  const w = Number(preview?.getAttribute('width'))
  const h = Number(preview?.getAttribute('height'))
  if (!srcset || !tiny || !(w > 0 && h > 0)) return undefined
  const found = srcset.split(',').map(rendition)
  const id = found[0]?.[0]
  if (!id || found.some((r) => r?.[0] !== id)) return undefined
  return { id, w, h, widths: found.map((r) => r![1]), preview: tiny }
}
