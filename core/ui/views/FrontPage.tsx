import type { Edition } from '../../model'
import { pageLabel, urls } from '../../urls'
import { NewsStrip } from '../parts/NewsList'
import { PageNav } from '../parts/PageNav'
import { Teaser } from '../parts/Teaser'
import type { NewsAt } from '../view'

/**
 * An issue's front page below its masthead (the site's header, core/ui/chrome): the 快讯 of the
 * last 24 hours (the newest issue's only), 版面 navigation, then every 版面 with its stories; the
 * first leads.
 */
export function FrontPage({
  edition,
  news,
  held = false,
}: {
  edition: Edition
  news?: NewsAt | undefined
  held?: boolean
}) {
  const { issue } = edition
  return (
    <>
      {/* From 1024 px, the side column. */}
      <div class="rail">
        {news && <NewsStrip items={news.items} now={news.now} updated={news.updated} />}
        <PageNav issue={issue} />
      </div>
      {issue.pages.map((page, i) => (
        <section aria-labelledby={`p${page.number}`}>
          <h2 id={`p${page.number}`}>
            <a href={urls.page(issue.date, page.number)}>
              {pageLabel(page.number)} {page.name}
            </a>
          </h2>
          {page.articles.map((a, j) => (
            <Teaser article={a} lead={i === 0 && j === 0} held={held} />
          ))}
        </section>
      ))}
    </>
  )
}
