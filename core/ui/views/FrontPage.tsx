import type { Edition } from '../../model'
import { pageLabel, urls } from '../../urls'
import { Masthead } from '../parts/Masthead'
import { NewsStrip } from '../parts/NewsList'
import { PageNav } from '../parts/PageNav'
import { Teaser } from '../parts/Teaser'
import type { NewsAt } from '../view'

/**
 * An issue's front page: masthead, the 快讯 of the last 24 hours (the newest issue's only), 版面
 * navigation, then every 版面 with its stories; the first leads.
 */
export function FrontPage({ name, edition, news }: { name: string; edition: Edition; news?: NewsAt | undefined }) {
  const { issue } = edition
  return (
    <>
      <Masthead name={name} issue={issue} />
      {news && <NewsStrip items={news.items} now={news.now} updated={news.updated} />}
      <PageNav issue={issue} />
      {issue.pages.map((page, i) => (
        <section aria-labelledby={`p${page.number}`}>
          <h2 id={`p${page.number}`}>
            <a href={urls.page(issue.date, page.number)}>
              {pageLabel(page.number)} {page.name}
            </a>
          </h2>
          {page.articles.map((a, j) => (
            <Teaser article={a} lead={i === 0 && j === 0} />
          ))}
        </section>
      ))}
    </>
  )
}
