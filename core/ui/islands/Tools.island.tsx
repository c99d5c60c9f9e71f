import { useEffect, useState } from 'preact/hooks'
import { ListenButton } from '../parts/Listen'
import { Tool } from '../parts/Tool'
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

/** An article's tools: 收藏, text size, dark mode, share, listen; a tool that cannot work here is disabled. */
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
  // Until the reader's settings are read, the row is the empty one the page holds (ClientIsland):
  // without JavaScript the stylesheet hides it.
  if (!prefs) return <div class="tools" />

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
  onSave?: (() => void) | undefined
  onSmaller?: (() => void) | undefined
  onLarger?: (() => void) | undefined
  onDark?: () => void
  onShare?: () => void
  note?: string
}

/** The six tools in one row. */
function Toolbar(p: ToolbarProps) {
  return (
    <div class="tools">
      <button type="button" aria-pressed={p.saved ?? false} disabled={!p.onSave} onClick={p.onSave}>
        <Tool icon={p.saved ? '★' : '☆'} label={p.saved ? '已收藏' : '收藏'} />
      </button>
      <button type="button" title="缩小字号" disabled={!p.onSmaller} onClick={p.onSmaller}>
        <Tool icon="A−" label="小字" />
      </button>
      <button type="button" title="放大字号" disabled={!p.onLarger} onClick={p.onLarger}>
        <Tool icon="A+" label="大字" />
      </button>
      <button type="button" aria-pressed={p.dark ?? false} disabled={!p.onDark} onClick={p.onDark}>
        <Tool icon="◐" label="深色" />
      </button>
      <button type="button" disabled={!p.onShare} onClick={p.onShare}>
        <Tool icon="↗" label="分享" />
      </button>
      <ListenButton />
      {p.note && <span role="status">{p.note}</span>}
    </div>
  )
}
