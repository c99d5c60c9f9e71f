// 快讯提醒: Web Push, on the reader's tap only (设置). Turning it on asks the browser's permission,
// subscribes with the site's VAPID key (/api/push/key) and gives the server the subscription;
// turning it off takes it back from both. Loaded only when 设置 asks.
import type { PushState } from '../../core/ui/platform'

const registration = () => navigator.serviceWorker.ready

async function send(method: 'POST' | 'DELETE', body: unknown): Promise<void> {
  const res = await fetch('/api/push/subscriptions', {
    method,
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  })
  if (!res.ok) throw new Error(`${res.status}`)
}

export async function pushState(): Promise<PushState> {
  if (!('PushManager' in window) || !('Notification' in window)) return 'unsupported'
  if (Notification.permission === 'denied') return 'denied'
  return (await (await registration()).pushManager.getSubscription()) ? 'on' : 'off'
}

export async function turnOn(): Promise<PushState> {
  if ((await Notification.requestPermission()) !== 'granted') return pushState()
  const { publicKey } = (await (await fetch('/api/push/key')).json()) as { publicKey: string }
  const subscription = await (await registration()).pushManager.subscribe({
    userVisibleOnly: true,
    applicationServerKey: publicKey,
  })
  await send('POST', subscription.toJSON())
  return 'on'
}

export async function turnOff(): Promise<PushState> {
  const subscription = await (await registration()).pushManager.getSubscription()
  if (subscription) {
    await send('DELETE', { endpoint: subscription.endpoint }).catch(() => {})
    await subscription.unsubscribe()
  }
  return pushState()
}
