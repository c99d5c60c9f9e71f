import { useEffect, useState } from 'preact/hooks'
import { readKept } from '../../offline/kept'
import { KEEP_CHANNEL, type KeepProgress } from '../../offline/progress'
import { platform } from '../platform'
import { sizeText } from '../size'
import { status } from '../status'

type State = 'unknown' | 'unsupported' | 'none' | 'working' | 'failed' | 'kept'

/** What keeping the issue costs: its text, and the images kept with it (IssueEntry.photoBytes). */
function costText(bytes: number, photoBytes = 0): string {
  if (photoBytes === 0) return `约 ${sizeText(bytes)}`
  return `约 ${sizeText(bytes + photoBytes)}：文字 ${sizeText(bytes)}，图片 ${sizeText(photoBytes)}`
}

/**
 * 下载本期: keeps an archive issue on the phone (not evicted), with what it costs shown first and,
 * while it is saved, how many of its files are kept (the service worker tells, KEEP_CHANNEL).
 */
export default function DownloadIssue({
  date,
  version,
  bytes,
  photoBytes,
}: {
  date: string
  version: string
  bytes: number
  photoBytes?: number | undefined
}) {
  // Nothing until the page knows whether it can keep issues (the server render shows no button).
  const [state, setState] = useState<State>('unknown')
  const [progress, setProgress] = useState<KeepProgress | null>(null)
  useEffect(() => {
    if (!platform().sw) return setState('unsupported')
    const channel = typeof BroadcastChannel === 'undefined' ? undefined : new BroadcastChannel(KEEP_CHANNEL)
    const check = () =>
      void readKept().then((kept) =>
        setState((s) => {
          const has = kept.some((k) => k.date === date)
          // A download under way ends when the worker says so (or, with no channel to say it,
          // once it is listed); a lost connection ends it too.
          if (s === 'working') return !status.get().online ? 'failed' : !channel && has ? 'kept' : s
          return has ? 'kept' : s === 'failed' ? s : 'none'
        }),
      )
    check()
    channel?.addEventListener('message', (e: MessageEvent<KeepProgress>) => {
      if (e.data.date !== date) return
      setProgress(e.data)
      if (e.data.finished) setState('kept')
    })
    const unsubscribe = status.subscribe(check)
    return () => {
      unsubscribe()
      channel?.close()
    }
  }, [date])
  if (state === 'unknown') return null
  if (state === 'unsupported') return <span class="count">这个浏览器不能把报纸保存在手机上</span>
  if (state === 'kept') return <span class="count">已保存在手机上</span>
  if (state === 'working') {
    const known = progress && progress.total > 0
    return (
      <span class="saving">
        {known ? (
          <progress max={progress.total} value={progress.done} aria-label="下载进度" />
        ) : (
          <progress aria-label="下载进度" />
        )}{' '}
        <span class="count">{known ? `已保存 ${progress.done}/${progress.total}` : '下载中…'}</span>
      </span>
    )
  }
  const download = () => {
    setProgress(null)
    setState('working')
    platform().sw?.send({ type: 'keep', date, version })
  }
  return (
    <>
      {state === 'failed' && <span class="count">下载没有完成，请连上网络再试。</span>}
      <button type="button" class="download" onClick={download}>
        下载本期（{costText(bytes, photoBytes)}）
      </button>
    </>
  )
}
