import { useEffect, useState } from 'preact/hooks'
import { actions, status } from '../lib/bus'
import { longDate } from '../lib/dates'
import { readPrefs, writePrefs, type Prefs, type Theme } from '../lib/prefs'
import { readKept, type Kept } from '../lib/kept'

const kb = (n: number) => `${Math.round(n / 1024)} KB`

/** 设置: text size, theme, low-data mode, and the storage panel (space used, issues kept, clear). */
export default function Settings() {
  const [prefs, setPrefs] = useState<Prefs | null>(null)
  const [kept, setKept] = useState<Kept[]>([])
  const [usage, setUsage] = useState<string>('')
  const refresh = () => {
    void readKept().then(setKept)
    void navigator.storage?.estimate?.().then((e) => setUsage(`${kb(e.usage ?? 0)} / ${kb(e.quota ?? 0)}`))
  }
  useEffect(() => {
    setPrefs(readPrefs())
    refresh()
    return status.subscribe(refresh)
  }, [])
  if (!prefs) return <p class="muted">这些设置需要浏览器支持 JavaScript。</p>
  const update = (patch: Partial<Prefs>) => {
    const next = { ...prefs, ...patch }
    writePrefs(next)
    setPrefs(next)
  }
  const themes: Array<[Theme, string]> = [
    ['auto', '跟随系统'],
    ['light', '浅色'],
    ['dark', '深色'],
  ]
  return (
    <>
      <fieldset>
        <legend>字号</legend>
        <input
          type="range"
          min={-1}
          max={3}
          step={1}
          value={prefs.size}
          aria-label="字号"
          onInput={(e) => update({ size: Number(e.currentTarget.value) })}
        />
      </fieldset>
      <fieldset>
        <legend>显示</legend>
        {themes.map(([value, label]) => (
          <label>
            <input
              type="radio"
              name="theme"
              checked={prefs.theme === value}
              onChange={() => update({ theme: value })}
            />{' '}
            {label}
          </label>
        ))}
      </fieldset>
      <label>
        <input type="checkbox" checked={prefs.lowData} onChange={(e) => update({ lowData: e.currentTarget.checked })} />{' '}
        省流量：不载入图片，只显示图片说明
      </label>
      <h2>离线保存</h2>
      <p>已用空间：{usage || '未知'}</p>
      <ul class="kept">
        {kept.map((k) => (
          <li>
            {longDate(k.date)} · {k.articles}篇 · {kb(k.bytes)}
            {k.pinned ? ' · 已下载' : ''}
          </li>
        ))}
      </ul>
      <button type="button" onClick={() => actions.send({ type: 'clear' })}>
        清除离线内容
      </button>
    </>
  )
}
