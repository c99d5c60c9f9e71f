import { useEffect, useState } from 'preact/hooks'
import { ListenButton } from '../parts/Listen'
import { platform } from '../platform'
import { SIZES } from '../prefs'
import { usePrefs } from '../use-prefs'

/** The headline and summary come from the page itself, so the props stay two short strings. */
const fromPage = () => ({
  title: document.querySelector('.story h1')?.textContent ?? '',
  summary: document.querySelector<HTMLMetaElement>('meta[name=description]')?.content ?? '',
})

/** An article's tools: 收藏, text size, dark mode, share, listen. Hidden until JavaScript runs. */
export default function Tools({ date, id }: { date: string; id: string }) {
  const [prefs, update] = usePrefs()
  const [saved, setSaved] = useState(false)
  const [note, setNote] = useState('')
  useEffect(
    () =>
      void platform()
        .saved?.has(date, id)
        .then(setSaved, () => {}),
    [date, id],
  )
  if (!prefs) return <div class="tools" hidden />

  const step = (d: number) =>
    update({ size: SIZES[Math.min(SIZES.length - 1, Math.max(0, SIZES.indexOf(prefs.size) + d))]! })
  const dark = prefs.theme === 'dark' || (prefs.theme === 'auto' && matchMedia('(prefers-color-scheme: dark)').matches)
  const { saved: store, sw } = platform()
  const toggleSaved = async () => {
    if (!store) return
    const url = location.pathname
    if (saved) await store.remove(date, id)
    else await store.add({ date, id, ...fromPage(), savedAt: new Date().toISOString() })
    sw?.send({ type: saved ? 'unsave-page' : 'save-page', url })
    setSaved(!saved)
  }
  const share = async () => {
    const url = location.href
    if (navigator.share) return navigator.share({ title: fromPage().title, url }).catch(() => {})
    await navigator.clipboard?.writeText(url)
    setNote('链接已复制')
  }
  return (
    <div class="tools" role="toolbar" aria-label="文章工具">
      {store && (
        <button type="button" aria-pressed={saved} onClick={() => void toggleSaved()}>
          {saved ? '已收藏' : '收藏'}
        </button>
      )}
      <button type="button" aria-label="A− 缩小字号" disabled={prefs.size === SIZES[0]} onClick={() => step(-1)}>
        A−
      </button>
      <button type="button" aria-label="A+ 放大字号" disabled={prefs.size === SIZES.at(-1)} onClick={() => step(1)}>
        A+
      </button>
      <button type="button" aria-pressed={dark} onClick={() => update({ theme: dark ? 'light' : 'dark' })}>
        深色
      </button>
      <button type="button" onClick={() => void share()}>
        分享
      </button>
      <ListenButton />
      {note && <span role="status">{note}</span>}
    </div>
  )
}
