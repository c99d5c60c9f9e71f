/// <reference lib="webworker" />
// A 快讯 pushed to the phone (worker/push/): shown as a notification tagged with the item's id
// (a later push of the same item replaces it), and the kept 快讯 refreshed. A tap opens the
// item's page, which the kept items also answer offline.
import { urls } from '../../core/urls'
import { keepNews } from './news'

declare const self: ServiceWorkerGlobalScope

interface Pushed {
  id: string
  title: string
  body: string
  url?: string
}

const read = (event: PushEvent): Pushed | undefined => {
  try {
    const data = event.data?.json() as Pushed | undefined
    return data && typeof data.id === 'string' && typeof data.title === 'string' ? data : undefined
  } catch {
    return undefined
  }
}

export function onPush(event: PushEvent): void {
  const item = read(event)
  event.waitUntil(
    Promise.all([
      keepNews().catch(() => {}),
      item
        ? self.registration.showNotification(item.title, {
            body: item.body,
            icon: '/icons/icon-192.png',
            badge: '/icons/icon-192.png',
            tag: item.id,
            lang: 'zh-CN',
            data: { url: urls.newsItem(item.id) },
          })
        : Promise.resolve(),
    ]),
  )
}

export function onNotificationClick(event: NotificationEvent): void {
  event.notification.close()
  const url = new URL((event.notification.data as { url?: string } | null)?.url ?? urls.news(), self.location.origin)
  // Only this site's own pages open from a notification.
  if (url.origin !== self.location.origin) return
  event.waitUntil(
    (async () => {
      const open = (await self.clients.matchAll({ type: 'window' })).find(
        (c) => new URL(c.url).pathname === url.pathname,
      )
      if (open) return void (await open.focus())
      await self.clients.openWindow(url.pathname)
    })(),
  )
}
