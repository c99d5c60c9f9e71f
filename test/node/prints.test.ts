// Print PDFs (版面) from the newsroom's files to the reader: each story found where the generator
// printed it; a PDF that cannot be published refused by name with nothing written; a scanned
// page published with a warning and no places; the page image and the PDF served immutable; and
// an issue without PDFs exactly as before.
import { readFile, rm, writeFile } from 'node:fs/promises'
import { join, relative } from 'node:path'
import { parse } from 'node-html-parser'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Box, Edition } from '../../core/model'
import { compileContent } from '../../publish/compile/content'
import { ContentError, formatProblem } from '../../publish/compile/problems'
import { inspectPrint } from '../../publish/print/inspect'
import { iou } from '../../publish/print/regions'
import { hasChromium } from '../browser/harness'
import { contentWithPrints, generated, ISSUE_DATE } from '../print/content'
import { minimalPdf } from '../print/minimal-pdf'
import { publishedCopy } from '../state-cache'
import { edit, ISSUE } from './content-copy'
import { buildWorker, publish, removeTempDirs, Site, stopSites, tempDir } from './published-site'

const problemsOf = async (dir: string) =>
  compileContent(dir).then(
    () => [],
    (e) => {
      if (!(e instanceof ContentError)) throw e
      return e.problems.map(formatProblem)
    },
  )

/** The area a region has in common with a box, in square points. */
const overlap = (region: Box[], b: { x: number; y: number; w: number; h: number }) =>
  region.reduce((sum, [x, y, w, h]) => {
    const dx = Math.min(x + w, b.x + b.w) - Math.max(x, b.x)
    const dy = Math.min(y + h, b.y + b.h) - Math.max(y, b.y)
    return sum + (dx > 0 && dy > 0 ? dx * dy : 0)
  }, 0)

describe.skipIf(!hasChromium)('print PDFs, checked at publish', () => {
  afterAll(removeTempDirs)

  it('finds each story where the generator printed it, in an L too (IoU ≥ 0.8), and nothing of the advertisements', async () => {
    const { issues } = await compileContent('content')
    const day = issues.find((i) => i.issue.date === ISSUE_DATE)!
    for (const page of (await generated()).pages) {
      const stories = day.articles.filter((a) => a.page === page.number)
      const inspected = await inspectPrint(page.pdf, stories)
      if (!inspected.ok) throw new Error(inspected.problem)
      for (const a of stories) {
        const printed = page.printed[a.id]!.map((b): Box => [b.x, b.y, b.w, b.h])
        const region = inspected.found.regions.get(a.id)
        expect(region, a.id).toBeDefined()
        expect(iou(region!, printed), a.id).toBeGreaterThanOrEqual(0.8)
        for (const ad of page.ads) expect(overlap(region!, ad), a.id).toBe(0)
      }
    }
  })

  it('leaves an issue without PDFs exactly as it was: no printed page, no places', async () => {
    const { issues } = await compileContent('content')
    const json = JSON.stringify(issues.map((i) => ({ issue: i.issue, articles: i.articles })))
    expect(json).not.toContain('"print"')
    expect(json).not.toContain('"region"')
  })

  it('publishes a scanned page with a warning by file, and no places on it', async () => {
    const { dir } = await contentWithPrints({ scanned: true })
    const { issues, warnings } = await compileContent(dir)
    const day = issues.find((i) => i.issue.date === ISSUE_DATE)!
    expect(day.issue.pages.map((p) => p.print !== undefined)).toEqual([true, true, true])
    expect(day.issue.pages[1]!.articles.map((a) => a.region)).toEqual([undefined])
    expect(warnings.map(formatProblem)).toEqual([
      `${relative('.', join(dir, ISSUE, 'xiashuidao-butong-fandu.md'))} 字段 region：pages/02.pdf 里没有可读的文字（扫描件？），版面图上没有这篇稿件的位置；可在稿件信息里用 region 标出`,
    ])
  })

  it('takes a place the editors set in percent of the page, and takes one away with region: false', async () => {
    const { dir } = await contentWithPrints({ numbers: [1] })
    await edit(
      dir,
      `${ISSUE}/baoma-jihua.md`,
      'dateline: 株洲日报讯',
      'dateline: 株洲日报讯\nregion: [[10, 20, 30, 40]]',
    )
    await edit(dir, `${ISSUE}/shuhua-dengji-kaoshi.md`, /^page: 1$/m, 'page: 1\nregion: false')
    const { issues } = await compileContent(dir)
    const page = issues.find((i) => i.issue.date === ISSUE_DATE)!.issue.pages[0]!
    const region = (id: string) => page.articles.find((a) => a.id === id)?.region
    expect(page.print?.size).toEqual([750, 1065.12])
    expect(region('baoma-jihua')).toEqual([[75, 213.02, 225, 426.05]])
    expect(region('shuhua-dengji-kaoshi')).toBeUndefined()
    expect(region('gongzuo-xiangmuhua')).toHaveLength(1)
  })

  it('refuses what it cannot publish, by file, and writes nothing', async () => {
    const { dir } = await contentWithPrints({ numbers: [1] })
    const pages = join(dir, ISSUE, 'pages')
    const real = (await generated()).pages[0]!.pdf
    await edit(
      dir,
      `${ISSUE}/issue.yaml`,
      '    name: 民生',
      '    name: 民生\n  - { number: 4, name: 四 }\n  - { number: 5, name: 五 }\n  - { number: 6, name: 六 }\n  - { number: 7, name: 七 }\n  - { number: 8, name: 八 }',
    )
    await writeFile(join(pages, '02.pdf'), '这不是 PDF')
    await writeFile(join(pages, '03.pdf'), real.subarray(0, real.length >> 1))
    await writeFile(join(pages, '04.pdf'), minimalPdf({ pages: [[600, 800]], encrypted: true }))
    await writeFile(
      join(pages, '05.pdf'),
      minimalPdf({
        pages: [
          [600, 800],
          [600, 800],
        ],
      }),
    )
    await writeFile(join(pages, '06.pdf'), minimalPdf({ pages: [[100, 2000]] }))
    await writeFile(join(pages, '07.pdf'), Buffer.concat([real, Buffer.alloc(50 * 2 ** 20)]))
    await writeFile(join(pages, '09.pdf'), real)
    await edit(dir, `${ISSUE}/zonggonghui-zhigong-zhang-benling.md`, /^page: 3$/m, 'page: 8\nregion: [[0, 0, 50, 50]]')
    const at = (file: string) => relative('.', join(dir, ISSUE, file))
    // A file misnamed is refused as the folder is listed, before any file is read.
    await writeFile(join(pages, '1.pdf'), real)
    expect(await problemsOf(dir)).toEqual([
      `${at('pages/1.pdf')}：文件名不对：pages/ 里每版一个 PDF，以两位版号命名（第1版为 01.pdf，第12版为 12.pdf）`,
    ])
    await rm(join(pages, '1.pdf'))
    expect(await problemsOf(dir)).toEqual([
      `${at('pages/02.pdf')}：不是 PDF 文件（文件开头没有 %PDF-）`,
      expect.stringMatching(/pages\/03\.pdf：已损坏，无法读取/),
      `${at('pages/04.pdf')}：已加密（要密码才能打开）：请导出不加密的 PDF`,
      `${at('pages/05.pdf')}：有 2 页：每个 PDF 只放一个版，一页`,
      `${at('pages/06.pdf')}：页面 100×2000 点，按 1600 像素宽渲染有 51.2 百万像素，超过 8 百万的上限`,
      `${at('pages/07.pdf')}：有 50.1 MB，超过每版 PDF 50 MB 的上限`,
      `${at('pages/09.pdf')}：是第 9 版的 PDF，但 issue.yaml 的 pages 里没有第 9 版`,
      expect.stringMatching(
        /zonggonghui-zhigong-zhang-benling\.md:\d+ 字段 region：第 8 版没有印刷 PDF（2024-03-11\/pages\/08\.pdf），region 无处可标/,
      ),
    ])
    const state = await tempDir('zzrb-prints-refused-')
    const r = await publish(state, ['--content', dir])
    expect(r.code).not.toBe(0)
    expect(r.err).toContain('pages/05.pdf：有 2 页')
    expect(r.out).not.toMatch(/^已上传/m)
  })
})

describe.skipIf(!hasChromium)('printed pages, published and served', () => {
  let site: Site
  let content: Awaited<ReturnType<typeof contentWithPrints>>
  beforeAll(async () => {
    const workerDir = await buildWorker()
    content = await contentWithPrints({ scanned: true })
    site = new Site(workerDir, await publishedCopy(content.dir, 'zzrb-prints-'))
  }, 240_000)
  afterAll(async () => {
    await stopSites()
    await removeTempDirs()
  })

  const fetchPath = (path: string, headers: Record<string, string> = {}) => site.fetch(path, headers)
  const pageDoc = async (n: number) => parse((await fetchPath(`/issues/${ISSUE_DATE}/pages/${n}`)).body.toString())
  const edition = async () => JSON.parse((await fetchPath('/api/issues/latest/edition')).body.toString()) as Edition

  it('shows each story on the page as a link named by its headline, the PDF and the strip of 版', async () => {
    const { issue } = await edition()
    for (const page of issue.pages) {
      const doc = await pageDoc(page.number)
      const links = doc.querySelectorAll('figure.print svg.regions a')
      const placed = page.articles.filter((a) => a.region)
      expect(links.map((a) => [a.getAttribute('aria-label'), a.getAttribute('href')])).toEqual(
        placed.map((a) => [a.title, `/issues/${ISSUE_DATE}/${a.id}`]),
      )
      expect(doc.querySelectorAll('map, area')).toHaveLength(0)
      expect(doc.querySelector('figure.print figcaption a[download]')?.text).toBe('PDF下载')
      const strip = doc.querySelectorAll('nav.strip a')
      expect(strip.map((a) => a.text.trim())).toEqual(['01版 要闻', '02版 民生', '03版 就业-创业'])
      expect(strip.map((a) => a.getAttribute('aria-current'))).toEqual(
        issue.pages.map((p) => (p.number === page.number ? 'page' : undefined)),
      )
      // The headlines stay listed below the page.
      expect(doc.querySelectorAll('.teaser h3 a').map((a) => a.text)).toEqual(page.articles.map((a) => a.title))
    }
    expect((await pageDoc(1)).querySelectorAll('svg.regions a')).toHaveLength(3)
    expect((await pageDoc(2)).querySelectorAll('svg.regions a')).toHaveLength(0)
  })

  it('serves the PDF as it was, immutable, under the name a reader can file', async () => {
    const doc = await pageDoc(1)
    const href = doc.querySelector('figure.print figcaption a[download]')!.getAttribute('href')!
    expect(href).toMatch(/^\/prints\/2024-03-11\/01\/[0-9a-f]{16}\.pdf$/)
    const { res, body } = await fetchPath(href)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('application/pdf')
    expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable')
    expect(res.headers.get('content-disposition')).toBe(
      `attachment; filename="2024-03-11-01.pdf"; filename*=UTF-8''${encodeURIComponent('株洲日报-2024-03-11-第01版.pdf')}`,
    )
    expect(body.equals(await readFile(join(content.dir, ISSUE, 'pages/01.pdf')))).toBe(true)
    expect((await fetchPath(href, { 'If-None-Match': res.headers.get('etag')! })).res.status).toBe(304)
    for (const bad of ['/prints/2024-03-11/01/0123456789abcdef.pdf', '/prints/2024-03-11/01/x.pdf'])
      expect((await fetchPath(bad)).res.status, bad).toBe(404)
    for (const bad of ['/prints/2024-02-30/01/0123456789abcdef.pdf', '/prints/2024-03-11/1/0123456789abcdef.pdf'])
      expect((await fetchPath(bad)).res.status, bad).toBe(400)
  })

  it('serves every page image the page names, at its width and format, and the thumbnails', async () => {
    const doc = await pageDoc(3)
    const sources = doc.querySelectorAll('figure.print source, figure.print img[srcset]').flatMap((el) =>
      el
        .getAttribute('srcset')!
        .split(', ')
        .map((s) => s.split(' ')),
    )
    // 360, 720, 1080 and 1600 px, each in AVIF, WebP and JPEG.
    expect(sources.map(([, w]) => w)).toEqual(['avif', 'webp', 'jpg'].flatMap(() => ['360w', '720w', '1080w', '1600w']))
    const thumbs = doc.querySelectorAll('nav.strip img').map((i) => [i.getAttribute('src')!, '120w'])
    for (const [url, w] of [...sources, ...thumbs]) {
      const { res, body } = await fetchPath(url!)
      expect(res.status, url).toBe(200)
      expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable')
      const meta = await sharp(body).metadata()
      expect(meta.width, url).toBe(Number(w!.slice(0, -1)))
      expect(meta.format, url).toBe({ avif: 'heif', webp: 'webp', jpg: 'jpeg' }[url!.split('.').at(-1)!])
    }
  })

  it('sends a reader from an article to its place on the printed page', async () => {
    const link = async (id: string) =>
      parse((await fetchPath(`/issues/${ISSUE_DATE}/${id}`)).body.toString())
        .querySelectorAll('a')
        .find((a) => a.text.includes('版面图'))
        ?.getAttribute('href')
    expect(await link('baoma-jihua')).toBe(`/issues/${ISSUE_DATE}/pages/1#at-baoma-jihua`)
    // Not found on the scanned page: the link goes to the page alone.
    expect(await link('xiashuidao-butong-fandu')).toBe(`/issues/${ISSUE_DATE}/pages/2`)
    expect((await pageDoc(1)).getElementById('at-baoma-jihua')?.getAttribute('aria-label')).toBe(
      '“宝妈计划”帮带孩妈妈找工作',
    )
  })

  it('publishes a day again with a story corrected, saying which story has no place, and renders no PDF again', async () => {
    await edit(content.dir, `${ISSUE}/baoma-jihua.md`, '68家企业', '86家企业')
    const r = await publish(site.state, ['--content', content.dir])
    expect(r.code, r.err).toBe(0)
    expect(r.out).toMatch(/^警告：.*xiashuidao-butong-fandu\.md 字段 region：pages\/02\.pdf 里没有可读的文字/m)
    expect(r.out).not.toMatch(/^已上传版面 PDF/m)
    expect(r.out).toMatch(/^账本：2024-03-11 \S+ → \S+/m)
  })
})
