import { useEffect, useState } from 'preact/hooks'
import { shortDate } from '../../dates'
import { InstallHint } from '../parts/InstallHint'
import { platform } from '../platform'
import { type Status as State, status } from '../status'

/** The thin bar at the bottom: offline state with the edition stamp, and the two offers. */
export default function Status() {
  const [s, setS] = useState<State | null>(null)
  useEffect(() => {
    setS(status.get())
    return status.subscribe(setS)
  }, [])
  if (!s) return null // nothing without JavaScript, and nothing before hydration: no layout shift
  const stamp = s.kept ? `已离线保存 ${shortDate(s.kept.date)} · ${s.kept.articles}篇` : null
  return (
    <div class="statusbar" role="status" aria-live="polite">
      {!s.online && <span class="offline">离线阅读</span>}
      {stamp && <span class="stamp">{stamp}</span>}
      {s.notice && <span>{s.notice}</span>}
      {s.newIssue && (
        <span class="offer">
          新一期已到 · <a href="/">打开{shortDate(s.newIssue.date)}</a>
        </span>
      )}
      {s.updateReady && (
        <span class="offer">
          新版本可用 ·{' '}
          <button type="button" onClick={() => platform().sw?.applyUpdate()}>
            更新
          </button>
        </span>
      )}
      <InstallHint />
    </div>
  )
}
