import { longDate } from '../../dates'
import { urls } from '../../urls'
import { Masthead } from '../parts/Masthead'
import type { View } from '../view'

/**
 * The same header on every page: the paper's name, leading to 最新一期, and the date of the issue
 * the page belongs to, leading to that issue's front page. On a front page it is the masthead:
 * larger, with the weekday, 农历 and 期号, each kept whole on its line.
 */
export function SiteHeader({ name, view }: { name: string; view: View }) {
  if (view.kind === 'front') return <Masthead name={name} issue={view.edition.issue} />
  const issue = view.kind === 'page' || view.kind === 'article' ? view.edition.issue : undefined
  return (
    <header class="top">
      <a class="brand" href={urls.home()}>
        {name}
      </a>
      {issue && (
        <a class="issue-date" href={urls.issue(issue.date)}>
          <time dateTime={issue.date}>{longDate(issue.date)}</time>
        </a>
      )}
    </header>
  )
}
