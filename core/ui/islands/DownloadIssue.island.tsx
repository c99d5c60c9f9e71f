import { useEffect, useState } from 'preact/hooks'
import { readKept } from '../../offline/kept'
import { platform } from '../platform'
import { status } from '../status'

type State = 'unknown' | 'unsupported' | 'none' | 'working' | 'kept'

/** 下载本期: keeps an archive issue on the phone (not evicted), with its size shown first. */
export default function DownloadIssue({ date, version, bytes }: { date: string; version: string; bytes: number }) {
  // Nothing until the page knows whether it can keep issues (the server render shows no button).
  const [state, setState] = useState<State>('unknown')
  useEffect(() => {
    if (!platform().sw) return setState('unsupported')
    const check = () =>
      void readKept().then((kept) =>
        setState((s) => (kept.some((k) => k.date === date) ? 'kept' : s === 'working' ? s : 'none')),
      )
    check()
    return status.subscribe(check)
  }, [date])
  if (state === 'unknown') return null
  if (state === 'unsupported') return <span class="count">这个浏览器不能把报纸保存在手机上</span>
  if (state === 'kept') return <span class="count">已保存在手机上</span>
  const download = () => {
    setState('working')
    platform().sw?.send({ type: 'keep', date, version })
  }
  return (
    <button type="button" class="download" disabled={state === 'working'} onClick={download}>
      {state === 'working' ? '下载中…' : `下载本期 · 约${Math.max(1, Math.round(bytes / 1024))} KB`}
    </button>
  )
}
