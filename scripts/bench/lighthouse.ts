// Lighthouse (mobile preset, its default) on the front page and the longest article, in Debian's
// Chromium started with a debugging port; the site runs on wrangler dev.
import { spawn } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import lighthouse from 'lighthouse'
import { Server } from '../lib/dev-server'

const PORT = 9333
// A fresh Chromium spends about a second of style and layout finding its CJK fallback fonts the
// first time it lays out Chinese text (fontconfig, once per browser). A phone's browser has done
// that long ago, so the browser opens on a page of Chinese text before Lighthouse measures; that
// alone took the front page's TBT from 561 ms to 94 ms (see BENCHMARKS.md, "Lighthouse").
const WARM_FONTS =
  'data:text/html;charset=utf-8,<html lang="zh-CN"><p style="font-family:sans-serif">株洲日报<b>要闻</b></p>'

export async function lighthouseScores(state: string, paths: string[]) {
  const server = new Server(8934, state)
  await server.start()
  const chromium = spawn(
    process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      `--remote-debugging-port=${PORT}`,
      `--user-data-dir=${mkdtempSync(join(tmpdir(), 'zzrb-lh-'))}`,
      WARM_FONTS,
    ],
    { stdio: 'ignore' },
  )
  try {
    for (let i = 0; i < 50; i++) {
      if (
        await fetch(`http://127.0.0.1:${PORT}/json/version`).then(
          (r) => r.ok,
          () => false,
        )
      )
        break
      await new Promise((r) => setTimeout(r, 200))
    }
    const rows: Record<string, Record<string, number | string>> = {}
    for (const path of paths) {
      const result = await lighthouse(`${server.origin}${path}`, {
        port: PORT,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
      })
      const lhr = result!.lhr
      const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100)
      const audit = (id: string) => lhr.audits[id]?.numericValue ?? NaN
      rows[path] = {
        performance: score('performance'),
        accessibility: score('accessibility'),
        'best practices': score('best-practices'),
        seo: score('seo'),
        'LCP ms': Math.round(audit('largest-contentful-paint')),
        'TBT ms': Math.round(audit('total-blocking-time')),
        CLS: +audit('cumulative-layout-shift').toFixed(3),
        // What kept a category below 100, by audit id.
        'short of 100': Object.values(lhr.categories)
          .flatMap((c) => c.auditRefs.filter((r) => r.weight > 0 && (lhr.audits[r.id]?.score ?? 1) < 1))
          .filter(
            (r) =>
              !['largest-contentful-paint', 'total-blocking-time', 'first-contentful-paint', 'speed-index'].includes(
                r.id,
              ),
          )
          .map((r) => r.id)
          .join(' '),
      }
    }
    return rows
  } finally {
    chromium.kill()
    await server.stop()
  }
}
