import { longDate } from '../../dates'
import type { Edition, Page } from '../../model'
import { pageLabel, urls } from '../../urls'
import { PageNav } from '../parts/PageNav'
import { Teaser } from '../parts/Teaser'

/** One 版面: its name, date and page editors, and its stories in print order. */
export function PageView({ edition, page }: { edition: Edition; page: Page }) {
  const { issue } = edition
  return (
    <>
      <header class="page-head">
        <p class="crumbs">
          <a href={urls.issue(issue.date)}>{longDate(issue.date)}</a>
        </p>
        <h1>
          {pageLabel(page.number)} {page.name}
        </h1>
        {page.editors.length > 0 && <p class="editors">{page.editors.map((e) => `${e.role}：${e.name}`).join('　')}</p>}
      </header>
      <PageNav issue={issue} current={page.number} />
      {page.articles.map((a, i) => (
        <Teaser article={a} lead={i === 0} level={2} />
      ))}
    </>
  )
}
