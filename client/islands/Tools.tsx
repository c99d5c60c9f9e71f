import { useEffect, useState } from 'preact/hooks'
import { actions } from '../lib/bus'
import { SIZES, readPrefs, writePrefs, type Prefs } from '../lib/prefs'
import { isSaved, save, unsave } from '../lib/saved'
import { ListenButton } from './Listen'

export interface ToolsProps {
  date: string
  id: string
}

/** The headline and summary come from the page itself, so the props stay two short strings. */
const fromPage = () => ({
  title: document.querySelector('.story h1')?.textContent ?? '',
  summary: document.querySelector<HTMLMetaElement>('meta[name=description]')?.content ?? '',
})

/** An article's tools: 收藏, text size, dark mode, share, listen. Hidden until JavaScript runs. */
export default function Tools(props: ToolsProps) {
  const [ready, setReady] = useState(false)
  const [saved, setSaved] = useState(false)
  const [prefs, setPrefs] = useState<Prefs | null>(null)
  const [note, setNote] = useState('')
  useEffect(() => {
    setReady(true)
    setPrefs(readPrefs())
    void isSaved(props.date, props.id).then(setSaved, () => {})
  }, [props.date, props.id])
  if (!ready || !prefs) return <div class="tools" hidden />

  const update = (patch: Partial<Prefs>) => {
    const next = { ...prefs, ...patch }
    writePrefs(next)
    setPrefs(next)
  }
  const step = (d: number) =>
    update({ size: SIZES[Math.min(SIZES.length - 1, Math.max(0, SIZES.indexOf(prefs.size) + d))]! })
  const dark = prefs.theme === 'dark' || (prefs.theme === 'auto' && matchMedia('(prefers-color-scheme: dark)').matches)
  const toggleSaved = async () => {
    const url = location.pathname
    if (saved) {
      await unsave(props.date, props.id)
      actions.send({ type: 'unsave-page', url })
    } else {
      await save({ ...props, ...fromPage(), savedAt: new Date().toISOString() })
      actions.send({ type: 'save-page', url })
    }
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
      <button type="button" aria-pressed={saved} onClick={() => void toggleSaved()}>
        {saved ? '已收藏' : '收藏'}
      </button>
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
