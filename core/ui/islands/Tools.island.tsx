import { useEffect, useState } from 'preact/hooks'
import { ListenButton } from '../parts/Listen'
import { platform } from '../platform'
import { SIZES } from '../prefs'
import { usePrefs } from '../use-prefs'

/**
 * Which article, its headline and summary all come from the page itself (/issues/<date>/<id>), so
 * the island has no props to carry in every article's HTML.
 */
const fromPage = () => {
  const [, , date = '', id = ''] = location.pathname.split('/')
  return {
    date,
    id,
    title: document.querySelector('.story h1')?.textContent ?? '',
    summary: document.querySelector<HTMLMetaElement>('meta[name=description]')?.content ?? '',
  }
}

/**
 * An article's tools: 收藏, text size, dark mode, share, listen. The server renders them inert, in
 * the places they will have once live, so nothing moves when they hydrate; without JavaScript
 * the stylesheet hides them.
 */
export default function Tools() {
  const [prefs, update] = usePrefs()
  const [saved, setSaved] = useState(false)
  const [note, setNote] = useState('')
  useEffect(() => {
    const { date, id } = fromPage()
    void platform()
      .saved?.has(date, id)
      .then(setSaved, () => {})
  }, [])
  if (!prefs) return <Toolbar />

  const step = (d: number) =>
    update({ size: SIZES[Math.min(SIZES.length - 1, Math.max(0, SIZES.indexOf(prefs.size) + d))]! })
  const dark = prefs.theme === 'dark' || (prefs.theme === 'auto' && matchMedia('(prefers-color-scheme: dark)').matches)
  const { saved: store, sw } = platform()
  const toggleSaved = async () => {
    if (!store) return
    const url = location.pathname
    const page = fromPage()
    if (saved) await store.remove(page.date, page.id)
    else await store.add({ ...page, savedAt: new Date().toISOString() })
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
    <Toolbar
      live
      saved={saved}
      dark={dark}
      onSave={store && (() => void toggleSaved())}
      onSmaller={prefs.size === SIZES[0] ? undefined : () => step(-1)}
      onLarger={prefs.size === SIZES.at(-1) ? undefined : () => step(1)}
      onDark={() => update({ theme: dark ? 'light' : 'dark' })}
      onShare={() => void share()}
      note={note}
    />
  )
}

interface ToolbarProps {
  saved?: boolean
  dark?: boolean
  /** Before hydration the whole bar is inert; once live, a tool with no handler is disabled (it cannot work here). */
  live?: boolean
  onSave?: (() => void) | undefined
  onSmaller?: (() => void) | undefined
  onLarger?: (() => void) | undefined
  onDark?: () => void
  onShare?: () => void
  note?: string
}

/** The same six tools in the same places, live or not. */
function Toolbar(p: ToolbarProps) {
  return (
    <div class="tools" inert={!p.live}>
      <button type="button" aria-pressed={p.saved ?? false} disabled={p.live && !p.onSave} onClick={p.onSave}>
        {p.saved ? '已收藏' : '收藏'}
      </button>
      <button type="button" aria-label="A− 缩小字号" disabled={p.live && !p.onSmaller} onClick={p.onSmaller}>
        A−
      </button>
      <button type="button" aria-label="A+ 放大字号" disabled={p.live && !p.onLarger} onClick={p.onLarger}>
        A+
      </button>
      <button type="button" aria-pressed={p.dark ?? false} disabled={p.live && !p.onDark} onClick={p.onDark}>
        深色
      </button>
      <button type="button" disabled={p.live && !p.onShare} onClick={p.onShare}>
        分享
      </button>
      <ListenButton live={p.live} />
      {p.note && <span role="status">{p.note}</span>}
    </div>
  )
}
