import { useEffect, useState } from 'preact/hooks'

const DISMISSED = 'zzrb-install-hint'
type PromptEvent = Event & { prompt: () => Promise<void> }

/** Offers to install where the browser can (beforeinstallprompt), or says how on iOS Safari; once. */
export function InstallHint() {
  const [prompt, setPrompt] = useState<PromptEvent | null>(null)
  const [ios, setIos] = useState(false)
  useEffect(() => {
    if (localStorage.getItem(DISMISSED) || matchMedia('(display-mode: standalone)').matches) return
    const onPrompt = (e: Event) => {
      e.preventDefault()
      setPrompt(e as PromptEvent)
    }
    addEventListener('beforeinstallprompt', onPrompt)
    setIos(/iphone|ipad|ipod/i.test(navigator.userAgent) && !('standalone' in navigator && navigator.standalone))
    return () => removeEventListener('beforeinstallprompt', onPrompt)
  }, [])
  const dismiss = () => {
    localStorage.setItem(DISMISSED, '1')
    setPrompt(null)
    setIos(false)
  }
  if (!prompt && !ios) return null
  return (
    <span class="offer install">
      {prompt ? (
        <button type="button" onClick={() => void prompt.prompt().finally(dismiss)}>
          安装到手机
        </button>
      ) : (
        <span>点“分享”再选“添加到主屏幕”，离线也能读</span>
      )}
      <button type="button" aria-label="不再提示" onClick={dismiss}>
        ×
      </button>
    </span>
  )
}
