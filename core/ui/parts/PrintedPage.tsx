import type { ArticleMeta, Page, PrintedPage as Print } from '../../model'
import { photoUrl } from '../../photos'
import { printFileName, printUrl, regionId, regionPath } from '../../prints'
import { pageLabel, urls } from '../../urls'
import { Picture } from './Picture'

/**
 * A 版 as printed: its page image, full width, with each story placed on it a link (an SVG <a>
 * named by the headline) that shows its outline on focus and on tap; then the PDF to download.
 * The image's box has its final size from the first paint (the preview, as for photos). `held`:
 * low-data mode as the server saw it; the image comes only when the reader asks (显示图片).
 */
export function PrintedPage({ date, page, held }: { date: string; page: Page & { print: Print }; held: boolean }) {
  const { print } = page
  const { image } = print
  const placed = page.articles.filter((a): a is ArticleMeta & { region: NonNullable<ArticleMeta['region']> } =>
    Boolean(a.region?.length),
  )
  const label = `${pageLabel(page.number)} ${page.name}`
  return (
    <figure class={held ? 'print photo held' : 'print photo'}>
      <div class="frame sheet">
        {/* Every rendition but the thumbnail's: the strip of 版 shows that one. */}
        <Picture photo={image} widths={image.widths.slice(1)} alt={`${label}版面图`} lead held={held} />
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
