import { longDate, weekday } from '../../dates'
import type { Kept } from '../../offline/kept'
import { urls } from '../../urls'
import { WaysOn } from '../parts/WaysOn'

/** What the offline pages list of a kept issue. */
export type KeptIssue = Pick<Kept, 'date' | 'articles'>

/** Kept issues as links to their front pages, newest first: the service worker renders each. */
function KeptLinks({ kept }: { kept: KeptIssue[] }) {
  const newestFirst = [...kept].sort((a, b) => b.date.localeCompare(a.date))
  return (
    <nav aria-label="保存在手机上的报纸">
      <ul class="issues kept-issues">
        {newestFirst.map((k) => (
          <li>
            <a href={urls.issue(k.date)}>
              <time dateTime={k.date}>{longDate(k.date)}</time> {weekday(k.date)}{' '}
              <span class="count">{k.articles}篇</span>
            </a>
          </li>
        ))}
      </ul>
    </nav>
  )
}

/**
 * The offline page: no network and this page not kept. `kept` is known only where the service
 * worker renders it; its 往期 link then opens the kept issues (`archive`), never this page again.
 */
export function OfflineView({ kept }: { kept?: KeptIssue[] | undefined }) {
  return (
    <section class="error">
      <h1>离线</h1>
      <p>
        现在没有网络，这一页也没有保存在手机上。
        {kept === undefined ? '已保存的报纸仍可阅读。' : kept.length > 0 ? '这些报纸保存在手机上，可以阅读：' : ''}
      </p>
      {kept && kept.length > 0 && <KeptLinks kept={kept} />}
      <WaysOn />
    </section>
  )
}

/** 往期 with no network: the service worker lists the issues kept on the phone instead. */
export function KeptArchiveView({ kept }: { kept: KeptIssue[] }) {
  return (
    <>
      <h1>往期</h1>
      <p role="status">
        {kept.length > 0
          ? '现在没有网络。这些报纸保存在手机上，可以阅读：'
          : '现在没有网络，手机上也还没有保存报纸。连上网络后，在往期里点“下载本期”即可保存。'}
      </p>
      {kept.length > 0 && <KeptLinks kept={kept} />}
    </>
  )
}
