// Lighthouse (mobile preset, its default) in Debian's Chromium started with a debugging port.
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

export type Scores = Record<string, number | string>

/** Runs `measure` with a Chromium warmed on Chinese text; `audit` runs Lighthouse on a URL in it. */
export async function withChromium<T>(measure: (audit: (url: string) => Promise<Scores>) => Promise<T>): Promise<T> {
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
      const up = await fetch(`http://127.0.0.1:${PORT}/json/version`).then(
        (r) => r.ok,
        () => false,
      )
      if (up) break
      await new Promise((r) => setTimeout(r, 200))
    }
    return await measure(audit)
  } finally {
    chromium.kill()
  }
}

/** One Lighthouse run (its storage reset makes each a first visit): the scores and what kept any below 100. */
async function audit(url: string): Promise<Scores> {
  const result = await lighthouse(url, {
    port: PORT,
    output: 'json',
    logLevel: 'error',
    onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
  })
  const lhr = result!.lhr
  const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100)
  const value = (id: string) => lhr.audits[id]?.numericValue ?? NaN
  return {
    // A run Lighthouse could not finish (its code, e.g. NO_FCP): no scores, never a 100.
    error: lhr.runtimeError?.code ?? '',
    performance: score('performance'),
    accessibility: score('accessibility'),
    'best practices': score('best-practices'),
    seo: score('seo'),
    'LCP ms': Math.round(value('largest-contentful-paint')),
    'TBT ms': Math.round(value('total-blocking-time')),
    CLS: +value('cumulative-layout-shift').toFixed(3),
    // What kept a category below 100, by audit id.
    'short of 100': Object.values(lhr.categories)
      .flatMap((c) => c.auditRefs.filter((r) => r.weight > 0 && (lhr.audits[r.id]?.score ?? 1) < 1))
      .filter(
        (r) =>
          !['largest-contentful-paint', 'total-blocking-time', 'first-contentful-paint', 'speed-index'].includes(r.id),
      )
      .map((r) => r.id)
      .join(' '),
  }
}

/** One Lighthouse run per path, against this app on wrangler dev over `state`. */
export async function lighthouseScores(state: string, paths: string[]): Promise<Record<string, Scores>> {
  const server = new Server(8934, state)
  await server.start()
  try {
    return await withChromium(async (run) => {
      const rows: Record<string, Scores> = {}
      for (const path of paths) rows[path] = await run(`${server.origin}${path}`)
      return rows
    })
  } finally {
    await server.stop()
  }
}
