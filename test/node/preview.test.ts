// The newsroom's private preview of an issue scheduled ahead, end to end: the real CLI publishes it
// and prints a signed link; the wrangler-built worker in workerd serves it with the same views,
// kept by no cache and indexed by no search engine, while the public address stays 404; a forged
// or expired link is refused; once the issue is live, its public page is what the preview showed.
import { cp } from 'node:fs/promises'
import { join } from 'node:path'
import { Miniflare } from 'miniflare'
import { parse } from 'node-html-parser'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { signPreview, verifyPreview } from '../../core/preview-token'
import { localBindings } from '../../scripts/lib/local-state'
import { publishedCopy } from '../state-cache'
import { copyContent, edit } from './content-copy'
import { buildWorker, copyState, publish, removeTempDirs } from './published-site'

const SECRET = 'preview-test-secret-0123456789abcdef'
const DATE = '2100-01-01'

let workerDir = ''
let base = ''
let mf: Miniflare | undefined

beforeAll(async () => {
  ;[workerDir, base] = await Promise.all([buildWorker(), publishedCopy()])
})
afterAll(async () => {
  await mf?.dispose()
  await removeTempDirs()
})

const get = async (path: string) => {
  const res = await mf!.dispatchFetch(`http://localhost${path}`, { redirect: 'manual' })
  return { res, html: parse(await res.text()) }
}

describe('a private preview of an issue scheduled ahead', () => {
  it('opens from the printed link, refuses forged and expired links, and matches the page once live', async () => {
    const content = await copyContent()
    await cp('test/fixtures/issues-later/2024-03-13', join(content, `issues/${DATE}`), { recursive: true })
    const yaml = `issues/${DATE}/issue.yaml`
    await edit(content, yaml, 'date: 2024-03-13', `date: ${DATE}\npublishAt: 2099-12-31T20:00:00+08:00`)
    const state = await copyState(base)
    const r = await publish(state, ['--content', content], { PREVIEW_SECRET: SECRET })
    expect(r.code, r.err).toBe(0)
    const printed = /^预览（至 2100-01-01 20:00 北京时间有效）：http:\/\/localhost:\d+(\/preview\/\S+)$/m.exec(r.out)
    expect(printed, r.out).not.toBeNull()
    const link = printed![1]!

    mf = new Miniflare({
      modules: true,
      scriptPath: join(workerDir, 'index.js'),
      modulesRoot: workerDir,
      ...localBindings(state),
      bindings: { PREVIEW_SECRET: SECRET },
    })
    const shown = await get(link)
    expect(shown.res.status).toBe(200)
    expect(shown.res.headers.get('Cache-Control')).toBe('private, no-store')
    expect(shown.res.headers.get('X-Robots-Tag')).toBe('noindex')
    expect(shown.html.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex')
    // Its stories open inside the preview too.
    const story = shown.html.querySelector(`main a[href^="${link}/"]`)?.getAttribute('href')
    expect(story).toBeDefined()
    expect((await get(story!)).res.status).toBe(200)

    expect((await get(`/issues/${DATE}`)).res.status).toBe(404)
    const token = link.split('/')[2]!
    const version = token.split('.')[1]!
    const [, , expires, signature = ''] = token.split('.')
    const forged = `${DATE}.${'0'.repeat(version.length)}.${expires}.${signature}`
    expect((await get(`/preview/${forged}/issues/${DATE}`)).res.status).toBe(404)
    const expired = await signPreview(SECRET, { date: DATE, version, expires: Math.floor(Date.now() / 1000) - 1 })
    const late = await get(`/preview/${expired}/issues/${DATE}`)
    expect(late.res.status).toBe(404)
    expect(late.res.headers.get('Cache-Control')).toBe('private, no-store')
    const otherKey = await signPreview('another-secret', { date: DATE, version, expires: 4102444800 })
    expect((await get(`/preview/${otherKey}/issues/${DATE}`)).res.status).toBe(404)

    const cron = await (await mf.getWorker()).scheduled({
      cron: '* * * * *',
      scheduledTime: new Date('2099-12-31T12:00:00Z'),
    })
    expect(cron.outcome).toBe('ok')
    const live = await get(`/issues/${DATE}`)
    expect(live.res.status).toBe(200)
    const previewMain = shown.html.querySelector('main')!.innerHTML.replaceAll(link.replace(/\/issues\/.*/, ''), '')
    expect(live.html.querySelector('main')!.innerHTML).toBe(previewMain)
  })
})

describe('the preview token', () => {
  const preview = { date: DATE, version: '0123456789ab', expires: 4_102_444_800 }

  it('verifies what it signed until it expires, and nothing altered', async () => {
    const token = await signPreview(SECRET, preview)
    expect(await verifyPreview(SECRET, token, Date.parse('2099-12-31T00:00:00Z'))).toEqual(preview)
    expect(await verifyPreview(SECRET, token, preview.expires * 1000)).toBeUndefined()
    expect(await verifyPreview('another-secret', token, 0)).toBeUndefined()
    expect(await verifyPreview('', token, 0)).toBeUndefined()
    const [date, version, expires, signature = ''] = token.split('.')
    expect(await verifyPreview(SECRET, `${date}.${version}.${Number(expires) + 1}.${signature}`, 0)).toBeUndefined()
    expect(await verifyPreview(SECRET, `2100-01-02.${version}.${expires}.${signature}`, 0)).toBeUndefined()
    // Every other spelling of the signature's last character is refused as well.
    for (const last of 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'.replace(
      signature.at(-1)!,
      '',
    ))
      expect(await verifyPreview(SECRET, `${token.slice(0, -1)}${last}`, 0)).toBeUndefined()
  })
})
