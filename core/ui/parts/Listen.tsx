import { useEffect, useState } from 'preact/hooks'
import { Tool } from './Tool'

/** 听新闻: reads the article aloud with a zh-CN voice; disabled where the browser cannot speak. */
export function ListenButton() {
  const [supported, setSupported] = useState(false)
  const [state, setState] = useState<'idle' | 'playing' | 'paused'>('idle')
  useEffect(() => {
    setSupported('speechSynthesis' in window)
    return () => speechSynthesis?.cancel()
  }, [])
  if (!supported) {
    return (
      <button type="button" title="听新闻" disabled>
        <Tool icon="▷" label="朗读" />
      </button>
    )
  }
  const start = () => {
    const text = [...document.querySelectorAll('.story h1, .story .body > *')].map((e) => e.textContent).join('\n')
    const u = new SpeechSynthesisUtterance(text)
    u.lang = 'zh-CN'
    u.voice = speechSynthesis.getVoices().find((v) => v.lang.replace('_', '-').startsWith('zh-CN')) ?? null
    u.onend = () => setState('idle')
    speechSynthesis.cancel()
    speechSynthesis.speak(u)
    setState('playing')
  }
  const toggle = () => {
    if (state === 'idle') return start()
    if (state === 'playing') speechSynthesis.pause()
    else speechSynthesis.resume()
    setState(state === 'playing' ? 'paused' : 'playing')
  }
  return (
    <button type="button" title="听新闻" aria-pressed={state === 'playing'} onClick={toggle}>
      <Tool
        icon={state === 'playing' ? '❚❚' : '▷'}
        label={state === 'playing' ? '暂停' : state === 'paused' ? '继续' : '朗读'}
      />
    </button>
  )
}
