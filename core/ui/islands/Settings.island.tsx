import { useEffect, useRef, useState } from 'preact/hooks'
import { longDate } from '../../dates'
import { type Kept, readKept } from '../../offline/kept'
import { urls } from '../../urls'
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
  const confirm = useRef<HTMLDialogElement>(null)
  const opener = useRef<HTMLButtonElement>(null)
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
            <a href={urls.issue(k.date)}>{longDate(k.date)}</a> · {k.articles}篇{k.photos ? ` · ${k.photos}张图片` : ''}{' '}
            · {sizeText(k.bytes + (k.photoBytes ?? 0))}
            {k.pinned ? ' · 已下载' : ''}
          </li>
        ))}
      </ul>
      {sw && (
        <>
          <button type="button" ref={opener} onClick={() => confirm.current?.showModal()}>
            清除离线内容
          </button>
          {/* Asked first, in the page: the kept issues cannot be read offline once cleared. */}
          <dialog
            ref={confirm}
            class="confirm"
            aria-labelledby="clear-q"
            onClose={() => {
              if (confirm.current?.returnValue === 'clear') sw.send({ type: 'clear' })
              opener.current?.focus()
            }}
          >
            <p id="clear-q">清除手机上保存的全部报纸？清除后，没有网络时就不能阅读它们了。</p>
            <button type="button" autofocus onClick={() => confirm.current?.close('cancel')}>
              取消
            </button>
            <button type="button" onClick={() => confirm.current?.close('clear')}>
              清除
            </button>
          </dialog>
        </>
      )}
      <NewsAlerts />
      {build && <p class="muted">应用版本：{build}</p>}
    </>
  )
}
