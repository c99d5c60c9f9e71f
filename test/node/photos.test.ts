// Photos from the newsroom's files to the reader: refused by file, line and field when they cannot
// be published (and then nothing is written); published as renditions that carry nothing of the
// camera or where it stood; served immutable under their hash; named for search engines and
// social cards; held back for a reader who asks to save data.
import { randomBytes } from 'node:crypto'
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { parse } from 'node-html-parser'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { compileContent } from '../../publish/compile/content'
import { ContentError, formatProblem } from '../../publish/compile/problems'
import { inspectPhoto } from '../../publish/photos/inspect'
import { renditionsOf } from '../../publish/photos/renditions'
import { CAMERA, contentWithPhotos, testPhoto } from '../photos/generate'
import { edit } from './content-copy'
import { buildWorker, publish, publishedState, removeTempDirs, Site, stopSites, tempDir } from './published-site'

const DAY = 'issues/2024-03-15'
const ARTICLE = `${DAY}/ceshi-tupian.md`
const PAGE = '/issues/2024-03-15/ceshi-tupian'

/** A rendition carries no metadata at all, and not a byte of the test camera's name. */
async function expectClean(bytes: Buffer, what: string) {
  const meta = await sharp(bytes).metadata()
  expect(meta.exif, what).toBeUndefined()
  expect(meta.icc, what).toBeUndefined()
  expect(meta.xmp, what).toBeUndefined()
  expect(bytes.includes(Buffer.from(CAMERA)), what).toBe(false)
}

describe('photos, checked at publish', () => {
  it('refuses what it cannot publish, by file, line and field, and publishes nothing', async () => {
    const dir = await contentWithPhotos()
    const images = join(dir, DAY, 'images')
    await writeFile(join(images, 'corrupt.jpg'), randomBytes(4096))
    await writeFile(join(images, 'text.png'), '这不是图片')
    await writeFile(join(images, 'big.jpg'), Buffer.concat([await testPhoto(64, 48), randomBytes(41 * 2 ** 20)]))
    await writeFile(
      join(images, 'huge.png'),
      await sharp({ create: { width: 8000, height: 8000, channels: 3, background: '#888' } })
        .png()
        .toBuffer(),
    )
    const frame = (r: number) =>
      sharp({ create: { width: 64, height: 48, channels: 3, background: { r, g: 0, b: 0 } } })
        .png()
        .toBuffer()
    await writeFile(
      join(images, 'anim.webp'),
      await sharp([await frame(255), await frame(0)], { join: { animated: true } })
        .webp()
        .toBuffer(),
    )
    const figures = ['../../2024-03-11/x.jpg', 'corrupt.jpg', 'text.png', 'big.jpg', 'huge.png', 'anim.webp']
      .map((f, i) => `::figure[坏图${i}]{src="images/${f}"}`)
      .join('\n\n')
    await edit(dir, ARTICLE, '第八段测试文字', `${figures}\n\n第八段测试文字`)

    let problems: string[] = []
    await compileContent(dir).catch((e) => {
      if (!(e instanceof ContentError)) throw e
      problems = e.problems.map(formatProblem)
    })
    const at = (line: string) => new RegExp(`${ARTICLE.replace(/\//g, '\\/')}:\\d+(：| 字段 )${line}`)
    expect(problems).toEqual([
      expect.stringMatching(at('图片的 src“images/../../2024-03-11/x.jpg”要写本期 images/ 文件夹里的文件')),
      expect.stringMatching(at('src：图片“images/corrupt.jpg”无法读取')),
      expect.stringMatching(at('src：图片“images/text.png”无法读取')),
      expect.stringMatching(at('src：图片“images/big.jpg”有 41.0 MB，超过每张 40 MB 的上限')),
      expect.stringMatching(at('src：图片“images/huge.png”有 8000×8000 像素')),
      expect.stringMatching(at('src：图片“images/anim.webp”是动图')),
    ])

    const state = await tempDir('zzrb-photos-refused-')
    const r = await publish(state, ['--content', dir])
    expect(r.code).not.toBe(0)
    expect(r.err).toContain('图片“images/corrupt.jpg”')
    expect(r.out).not.toMatch(/^已上传/m)
  })

  it('turns a photo upright and knows its size before rendering it', async () => {
    const sideways = await testPhoto(400, 300, { orientation: 6 })
    const inspected = await inspectPhoto(sideways)
    if (!inspected.ok) throw new Error(inspected.problem)
    expect([inspected.photo.w, inspected.photo.h, inspected.photo.widths]).toEqual([300, 400, [300]])
    expect(inspected.photo.preview.length).toBeLessThanOrEqual(300)
    const [jpeg] = (await renditionsOf(sideways, inspected.photo)).filter((r) => r.type === 'image/jpeg')
    const meta = await sharp(jpeg!.bytes).metadata()
    expect([meta.width, meta.height, meta.orientation]).toEqual([300, 400, undefined])
    await expectClean(jpeg!.bytes, 'upright jpeg')
  })
})

describe('photos, published and served', () => {
  let site: Site
  beforeAll(async () => {
    // The photo issue as published once a run (test/state-cache.ts), shared with the browser's photo tests.
    const [workerDir, state] = await Promise.all([buildWorker(), contentWithPhotos().then(publishedState)])
    site = new Site(workerDir, state)
  }, 240_000)
  afterAll(async () => {
    await stopSites()
    await removeTempDirs()
  })

  const fetchPage = (path: string, headers: Record<string, string> = {}) => site.fetch(path, headers)

  it('serves every rendition the page names, in its format, immutable, with no trace of the camera', async () => {
    const doc = parse((await fetchPage(PAGE)).body.toString())
    const figures = doc.querySelectorAll('figure.photo')
    expect(figures.map((f) => f.querySelector('figcaption')?.childNodes[0]?.text)).toEqual([
      '测试图片一：渐变色块',
      '测试图片二：竖幅',
      '测试图片三：小图',
    ])
    const urls = figures.flatMap((f) =>
      f
        .querySelectorAll('source, img[srcset]')
        .flatMap((el) => (el.getAttribute('srcset') ?? '').split(', ').map((s) => s.split(' '))),
    )
    // 1600, 900 and 320 px wide sources: 3 + 3 + 1 widths, each in AVIF, WebP and JPEG.
    expect(urls).toHaveLength(21)
    for (const [url, w] of urls) {
      const { res, body } = await fetchPage(url!)
      expect(res.status, url).toBe(200)
      expect(res.headers.get('content-type'), url).toBe(
        { avif: 'image/avif', webp: 'image/webp', jpg: 'image/jpeg' }[url!.split('.').at(-1)!],
      )
      expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable')
      expect((await sharp(body).metadata()).width, url).toBe(Number(w!.slice(0, -1)))
      await expectClean(body, url!)
      const again = await fetchPage(url!, { 'If-None-Match': res.headers.get('etag')! })
      expect(again.res.status, url).toBe(304)
    }
    // The lead photo is asked for at once, the others as the reader nears them; each has its box.
    const imgs = doc.querySelectorAll('picture img')
    expect(imgs.map((i) => [i.getAttribute('fetchpriority'), i.getAttribute('loading')])).toEqual([
      ['high', undefined],
      [undefined, 'lazy'],
      [undefined, 'lazy'],
    ])
    expect(imgs.map((i) => `${i.getAttribute('width')}×${i.getAttribute('height')}`)).toEqual([
      '1600×1067',
      '900×1200',
      '320×240',
    ])
    for (const p of doc.querySelectorAll('img.preview')) expect(p.getAttribute('src')!.length).toBeLessThanOrEqual(300)
  })

  it('answers 404 for a photo that is not there, or a name that is not a photo’s', async () => {
    for (const path of ['/photos/0123456789abcdef-360.jpg', '/photos/x.jpg', '/photos/0123456789abcdef-360.gif'])
      expect((await fetchPage(path)).res.status, path).toBe(404)
  })

  it('names the lead photo in Open Graph and JSON-LD', async () => {
    const doc = parse((await fetchPage(PAGE)).body.toString())
    const image = doc.querySelector('meta[property="og:image"]')?.getAttribute('content')
    // Absolute, on the address the page was asked for (no SITE_URL is set locally).
    expect(image).toMatch(/^http:\/\/localhost\/photos\/[0-9a-f]{16}-1080\.jpg$/)
    const ld = JSON.parse(doc.querySelector('script[type="application/ld+json"]')!.text) as {
      '@type': string
      image?: string[]
    }
    expect(ld['@type']).toBe('NewsArticle')
    expect(ld.image).toEqual([image])
  })

  it('holds every photo back for a reader whose browser asks to save data', async () => {
    const { res, body } = await fetchPage(PAGE, { 'Save-Data': 'on' })
    expect(res.headers.get('vary')?.toLowerCase()).toContain('save-data')
    const doc = parse(body.toString())
    expect(doc.querySelectorAll('figure.photo.held')).toHaveLength(3)
    expect(doc.querySelectorAll('picture [src], picture [srcset]')).toHaveLength(0)
    expect(doc.querySelectorAll('figcaption')).toHaveLength(3)
    // Without script, 显示图片 is a link to the photo itself.
    expect(doc.querySelector('figure.held a.show')?.getAttribute('href')).toMatch(
      /^\/photos\/[0-9a-f]{16}-1080\.jpg\?show$/,
    )
  })
})
