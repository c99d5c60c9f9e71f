import type { Edition, Page } from '../../model'
import { pageLabel } from '../../urls'
import { PageNav } from '../parts/PageNav'
import { PageStrip } from '../parts/PageStrip'
import { PrintedPage } from '../parts/PrintedPage'
import { Teaser } from '../parts/Teaser'

/**
 * One 版面 (its issue's date is in the site's header): its name and page editors; its printed
 * page (版面图) with each story a tap away, and the strip of the issue's 版, when the issue
 * carries its print PDFs; its stories in print order.
 */
export function PageView({ edition, page, held }: { edition: Edition; page: Page; held?: boolean }) {
  const { issue } = edition
  const print = page.print
  return (
    <>
      <header class="page-head">
        <h1>
          {pageLabel(page.number)} {page.name}
        </h1>
        {page.editors.length > 0 && <p class="editors">{page.editors.map((e) => `${e.role}：${e.name}`).join('　')}</p>}
      </header>
      {print ? (
        <>
          <PrintedPage date={issue.date} page={{ ...page, print }} held={held ?? false} />
          <div class="rail">
            <PageStrip issue={issue} current={page.number} />
          </div>
          <h2 class="list-head">本版稿件</h2>
        </>
      ) : (
        <div class="rail">
          <PageNav issue={issue} current={page.number} />
        </div>
      )}
      {page.articles.map((a, i) => (
        <Teaser article={a} lead={i === 0} level={print ? 3 : 2} held={held ?? false} />
      ))}
    </>
  )
}
