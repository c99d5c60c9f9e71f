// The cron trigger fired by hand under `npm start`, as the README tells editors and developers:
// wrangler dev (workerd, local KV, D1 and Queue) on a published state, a 快讯 scheduled an hour
// ahead with push on, a reader subscribed through the API with a local push service
// (test/push/receiver.ts), then `/cdn-cgi/handler/scheduled` at the item's minute: the item is
// live and the reader has it, decrypted and signed. Test items, never news.
import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { Server } from '../../scripts/lib/dev-server'
import { PushReceiver } from '../push/receiver'
import { newVapidKeys } from '../push/vapid'
import { copyContent } from './content-copy'
import { publish, publishedState, removeTempDirs } from './published-site'

const VAPID = newVapidKeys()
const ITEM = { id: 'ceshi-dingshi-tuisong', title: '测试快讯：定时推送', body: '测试用正文，不是新闻。' }

describe('the cron trigger under npm start', () => {
  let server: Server
  let receiver: PushReceiver
  /** The item's go-live moment: an hour ahead, on a minute, whenever the publish gets to it; the cron is told the time. */
  const due = Math.ceil((Date.now() + 3_600_000) / 60_000) * 60_000

  beforeAll(async () => {
    const [state, content] = await Promise.all([publishedState(), copyContent()])
    await mkdir(join(content, 'flash'))
    const time = `${new Date(due).toISOString().slice(0, 19)}Z`
    await writeFile(
      join(content, 'flash', `${ITEM.id}.md`),
      `---\ntitle: ${ITEM.title}\ntime: ${time}\n---\n\n${ITEM.body}\n`,
    )
    const published = await publish(state, ['--content', content])
    expect(published.code, published.err).toBe(0)
    receiver = await PushReceiver.start(VAPID.publicKey)
    server = new Server(8929, state, 'dist/client', {
      VAPID_PUBLIC_KEY: VAPID.publicKey,
      VAPID_PRIVATE_KEY: VAPID.privateKey,
      VAPID_SUBJECT: 'mailto:cron-test@zzrb.example',
    })
    await server.start()
  })

  afterAll(async () => {
    await server?.stop()
    await receiver?.close()
    await removeTempDirs()
  })

  it('makes a scheduled 快讯 live and pushes it when /cdn-cgi/handler/scheduled is called at its minute', async () => {
    const reader = receiver.subscriber('reader')
    const subscribed = await fetch(`${server.origin}/api/push/subscriptions`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Sec-Fetch-Site': 'same-origin' },
      body: JSON.stringify(reader.json()),
    })
    expect(subscribed.status, await subscribed.text()).toBe(201)
    expect((await fetch(`${server.origin}/news/${ITEM.id}`)).status).toBe(404)

    const fired = await fetch(`${server.origin}/cdn-cgi/handler/scheduled?cron=*+*+*+*+*&time=${due}`)
    expect([fired.status, await fired.text()]).toEqual([200, 'ok'])
    expect((await fetch(`${server.origin}/news/${ITEM.id}`)).status).toBe(200)
    await receiver.until(() => receiver.at('reader').some((a) => a.answered === 201), `${ITEM.id} at the reader`)
    const [arrival] = receiver.at('reader')
    expect(arrival).toMatchObject({
      problems: [],
      contentEncoding: 'aes128gcm',
      payload: { id: ITEM.id, title: ITEM.title, url: `/news/${ITEM.id}` },
    })
  })
})
