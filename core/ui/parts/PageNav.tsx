import type { Issue } from '../../model'
import { pageLabel, urls } from '../../urls'

/** 版面 navigation: 01版 要闻 … */
export function PageNav({ issue, current }: { issue: Issue; current?: number }) {
  return (
    <nav id="pages" aria-label="版面">
      <ul>
        {issue.pages.map((p) => (
          <li>
            <a href={urls.page(issue.date, p.number)} aria-current={p.number === current ? 'page' : undefined}>
              {pageLabel(p.number)} {p.name}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  )
}
