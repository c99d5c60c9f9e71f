import { useEffect, useState } from 'preact/hooks'
import { type PushState, platform } from '../platform'

const SAYS: Record<PushState, string> = {
  on: '已开启：有快讯时，手机会收到通知。',
  off: '有快讯时，给这部手机发通知。',
  denied: '这个浏览器已拒绝本站的通知：请在浏览器的网站设置里允许后再开启。',
  unsupported: '这个浏览器不能接收快讯提醒。',
}

/** 快讯提醒 in 设置: asked for only on the reader's tap, never on a visit. */
export function NewsAlerts() {
  const push = platform().push
  const [state, setState] = useState<PushState | 'busy'>('busy')
  const [failed, setFailed] = useState(false)
  useEffect(() => {
    if (push) void push.state().then(setState, () => setState('unsupported'))
    else setState('unsupported')
  }, [push])
  const run = (to: () => Promise<PushState>) => {
    setState('busy')
    setFailed(false)
    void to().then(setState, () => {
      setFailed(true)
      void push?.state().then(setState)
    })
  }
  return (
    <>
      <h2>快讯提醒</h2>
      {state !== 'busy' && <p class="muted">{SAYS[state]}</p>}
      {failed && <p role="alert">没有成功，请稍后再试。</p>}
      {push && (state === 'off' || state === 'on' || state === 'busy') && (
        <button
          type="button"
          disabled={state === 'busy'}
          onClick={() => run(state === 'on' ? push.turnOff : push.turnOn)}
        >
          {state === 'on' ? '关闭快讯提醒' : '开启快讯提醒'}
        </button>
      )}
    </>
  )
}
