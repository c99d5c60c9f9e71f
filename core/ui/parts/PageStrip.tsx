import type { Issue } from '../../model'
import { photoUrl } from '../../photos'
import { thumbWidth } from '../../prints'
import { pageLabel, urls } from '../../urls'

/** The issue's 版 as a strip of thumbnails of their printed pages; the current one marked. */
export function PageStrip({ issue, current }: { issue: Issue; current: number }) {
  return (
    <nav class="strip" aria-label="各版版面">
      <ul>
        {issue.pages.map((p) => (
          <li>
            <a href={urls.page(issue.date, p.number)} aria-current={p.number === current ? 'page' : undefined}>
              {p.print ? (
                <img
                  src={photoUrl(p.print.image.id, thumbWidth(p.print.image), 'webp')}
                  width={60}
                  height={Math.round((60 * p.print.image.h) / p.print.image.w)}
                  alt=""
                  loading="lazy"
                  decoding="async"
                />
              ) : (
                <span class="blank" />
              )}
              <span>
                {pageLabel(p.number)} {p.name}
              </span>
            </a>
          </li>
        ))}
      </ul>
    </nav>
  )
}
