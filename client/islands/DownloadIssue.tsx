import { useEffect, useState } from 'preact/hooks'
import { actions, status } from '../lib/bus'
import { readKept } from '../lib/kept'

export interface DownloadProps {
  date: string
  version: string
  bytes: number
}

/** 下载本期: keeps an archive issue on the phone (not evicted), with its size shown first. */
export default function DownloadIssue({ date, version, bytes }: DownloadProps) {
  // Nothing until the page knows it can keep issues (the server render shows no button).
  const [state, setState] = useState<'unknown' | 'none' | 'kept' | 'working'>('unknown')
  useEffect(() => {
    if (!('serviceWorker' in navigator)) return
    const check = () =>
      void readKept().then((kept) =>
        setState((s) => (kept.some((k) => k.date === date) ? 'kept' : s === 'working' ? s : 'none')),
      )
    check()
    return status.subscribe(check)
  }, [date])
  if (state === 'unknown') return null
  if (state === 'kept') return <span class="count">已保存在手机上</span>
  return (
    <button
      type="button"
      class="download"
      disabled={state === 'working'}
      onClick={() => (setState('working'), actions.send({ type: 'keep', date, version }))}
    >
      {state === 'working' ? '下载中…' : `下载本期 · 约${Math.max(1, Math.round(bytes / 1024))} KB`}
    </button>
  )
}
