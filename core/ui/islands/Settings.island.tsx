import { useEffect, useState } from 'preact/hooks'
import { longDate } from '../../dates'
import { type Kept, readKept } from '../../offline/kept'
import { NewsAlerts } from '../parts/NewsAlerts'
import { platform } from '../platform'
import type { Theme } from '../prefs'
import { sizeText } from '../size'
import { status } from '../status'
import { usePrefs } from '../use-prefs'

const THEMES: Array<[Theme, string]> = [
  ['auto', '跟随系统'],
  ['light', '浅色'],
  ['dark', '深色'],
]

/** 设置: text size, theme, low-data mode, 快讯提醒, and the storage panel (space used, issues kept, clear). */
export default function Settings() {
  const [prefs, update] = usePrefs()
  const [kept, setKept] = useState<Kept[]>([])
  const [usage, setUsage] = useState<string>('')
  useEffect(() => {
    const refresh = () => {
      void readKept().then(setKept)
      void navigator.storage
        ?.estimate?.()
        .then((e) => setUsage(`${sizeText(e.usage ?? 0)}，共可用 ${sizeText(e.quota ?? 0)}`))
    }
    refresh()
    return status.subscribe(refresh)
  }, [])
  if (!prefs) return <p class="muted">这些设置需要浏览器支持 JavaScript。</p>
  const { sw, build } = platform()
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
        {THEMES.map(([value, label]) => (
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
      {!sw && <p class="muted">这个浏览器不能把报纸保存在手机上。</p>}
      <p>已用空间：{usage || '未知'}</p>
      <ul class="kept">
        {kept.map((k) => (
          <li>
            {longDate(k.date)} · {k.articles}篇{k.photos ? ` · ${k.photos}张图片` : ''} ·{' '}
            {sizeText(k.bytes + (k.photoBytes ?? 0))}
            {k.pinned ? ' · 已下载' : ''}
          </li>
        ))}
      </ul>
      {sw && (
        <button type="button" onClick={() => sw.send({ type: 'clear' })}>
          清除离线内容
        </button>
      )}
      <NewsAlerts />
      {build && <p class="muted">应用版本：{build}</p>}
    </>
  )
}
