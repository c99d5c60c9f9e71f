import type { ArticleMeta, Page, PrintedPage as Print } from '../../model'
import { type PhotoExt, photoUrl } from '../../photos'
import { printFileName, printUrl, regionId, regionPath } from '../../prints'
import { pageLabel, urls } from '../../urls'

/** The page's box: the body's width (42rem less 2rem of padding), or the phone's less its margins. */
const SIZES = '(min-width:44rem) 40rem, calc(100vw - 2rem)'

/** The widths a page shows at: all but the thumbnail's. */
const srcset = (p: Print, ext: PhotoExt) =>
  p.image.widths
    .slice(1)
    .map((w) => `${photoUrl(p.image.id, w, ext)} ${w}w`)
    .join(', ')

/**
 * A 版 as printed: its page image, full width, with each story placed on it a link (an SVG <a>
 * named by the headline) that shows its outline on focus and on tap; then the PDF to download.
 * The image's box has its final size from the first paint (the preview, as for photos). `held`:
 * low-data mode as the server saw it; the image comes only when the reader asks (显示图片).
 */
export function PrintedPage({ date, page, held }: { date: string; page: Page & { print: Print }; held: boolean }) {
  const { print } = page
  const { image } = print
  const attr = (name: string, value: string) => (held ? { [`data-${name}`]: value } : { [name]: value })
  const placed = page.articles.filter((a): a is ArticleMeta & { region: NonNullable<ArticleMeta['region']> } =>
    Boolean(a.region?.length),
  )
  const label = `${pageLabel(page.number)} ${page.name}`
  return (
    <figure class={held ? 'print photo held' : 'print photo'}>
      <div class="frame sheet">
        <img class="preview" src={image.preview} alt="" width={image.w} height={image.h} />
        <picture>
          <source type="image/avif" sizes={SIZES} {...attr('srcset', srcset(print, 'avif'))} />
          <source type="image/webp" sizes={SIZES} {...attr('srcset', srcset(print, 'webp'))} />
          <img
            {...attr('src', photoUrl(image.id, image.widths[1] ?? image.widths[0]!, 'jpg'))}
            {...attr('srcset', srcset(print, 'jpg'))}
            sizes={SIZES}
            width={image.w}
            height={image.h}
            alt={`${label}版面图`}
            fetchpriority="high"
            decoding="async"
          />
        </picture>
        <a class="show" href={`${photoUrl(image.id, image.widths.at(-1)!, 'jpg')}?show`}>
          显示图片
        </a>
        <svg class="regions" viewBox={`0 0 ${print.size[0]} ${print.size[1]}`} preserveAspectRatio="none">
          <title>{label}版面上的稿件</title>
          {placed.map((a) => (
            <a id={regionId(a.id)} href={urls.article(date, a.id)} aria-label={a.title}>
              <path d={regionPath(a.region)} />
            </a>
          ))}
        </svg>
      </div>
      <figcaption>
        <a href={printUrl(date, page.number, print)} download={printFileName(date, page.number)} type="application/pdf">
          PDF下载
        </a>
        <span class="muted">{(print.pdfBytes / 2 ** 20).toFixed(1)} MB</span>
        {/* Without pinch (a desktop) or without JavaScript: the widest rendition, to read in full. */}
        <a href={photoUrl(image.id, image.widths.at(-1)!, 'jpg')}>大图</a>
      </figcaption>
    </figure>
  )
}
