import type { Edition } from '../../model'
import { pageLabel, urls } from '../../urls'
import { Masthead } from '../parts/Masthead'
import { PageNav } from '../parts/PageNav'
import { Teaser } from '../parts/Teaser'

/** An issue's front page: masthead, 版面 navigation, then every 版面 with its stories; the first leads. */
export function FrontPage({ name, edition }: { name: string; edition: Edition }) {
  const { issue } = edition
  return (
    <>
      <Masthead name={name} issue={issue} />
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
