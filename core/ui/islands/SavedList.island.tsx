import { useEffect, useState } from 'preact/hooks'
import { longDate } from '../../dates'
import { urls } from '../../urls'
import { Thumb } from '../parts/Thumb'
import { platform, type Saved } from '../platform'

/** 收藏: the reader's saved articles, from IndexedDB, with their photos small; each opens offline too. */
export default function SavedList() {
  const [list, setList] = useState<Saved[] | null>(null)
  useEffect(
    () =>
      void platform()
        .saved?.list()
        .then(setList, () => setList([])),
    [],
  )
  if (!list) return <p class="muted">收藏的文章保存在这台设备上，需要浏览器支持 JavaScript。</p>
  if (list.length === 0) return <p>还没有收藏文章。在文章页点“收藏”，离线时也能在这里读到。</p>
  return (
    <ul class="saved">
      {list.map((s) => (
        <li>
          <a href={urls.article(s.date, s.id)}>
            {/* In low-data mode the stylesheet hides it and the service worker holds its bytes back. */}
            {s.thumb && <Thumb photo={s.thumb} size="small" held={false} />}
            {s.title}
          </a>
          <p class="meta">
            <time dateTime={s.date}>{longDate(s.date)}</time>
          </p>
          <p class="summary">{s.summary}</p>
        </li>
      ))}
    </ul>
  )
}
