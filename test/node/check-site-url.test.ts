// `npm run deploy` starts by refusing a production site address readers cannot use: canonical
// URLs, the feed and the sitemaps would name it.
import { execFile } from 'node:child_process'
import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'
import { siteUrlProblem } from '../../scripts/deploy/check-site-url'

const run = promisify(execFile)

/** The check as `npm run deploy` runs it, on a wrangler.toml whose production SITE_URL is `site`. */
async function checkDeploy(site: string | undefined): Promise<{ code: number; out: string }> {
  const dir = await mkdtemp(join(tmpdir(), 'zzrb-site-url-'))
  const config = join(dir, 'wrangler.toml')
  const vars = site === undefined ? '' : `\n[env.production.vars]\nSITE_URL = "${site}"\n`
  await writeFile(
    config,
    `name = "zhuzhou-daily"\ncompatibility_date = "2026-04-20"\n\n[env.production]\nname = "zhuzhou-daily"\n${vars}`,
  )
  try {
    const { stdout, stderr } = await run('npx', ['tsx', 'scripts/deploy/check-site-url.ts', '--config', config])
    return { code: 0, out: stdout + stderr }
  } catch (e) {
    const { code, stdout, stderr } = e as { code: number; stdout: string; stderr: string }
    return { code, out: stdout + stderr }
  }
}

describe('the production site address', () => {
  it('refuses http, this machine, and example or test hosts', () => {
    for (const bad of [
      'http://zzrb.cn',
      'https://localhost:8787',
      'https://127.0.0.1',
      'https://[::1]',
      'https://preview.localhost',
      'https://zzrb.example',
      'https://example.com',
      'https://news.example.org',
      'https://zzrb.test',
    ])
      expect(siteUrlProblem(bad), bad).toBeDefined()
  })

  it('refuses nothing, a non-URL, and an address with a path (the site is served from its root)', () => {
    expect(siteUrlProblem(undefined)).toContain('未设置')
    expect(siteUrlProblem('')).toContain('未设置')
    expect(siteUrlProblem('zzrb.cn')).toContain('不是网址')
    expect(siteUrlProblem('https://www.zzrb.cn/news/')).toContain('根地址')
  })

  it('takes the public https origin, with or without its trailing slash', () => {
    expect(siteUrlProblem('https://www.zzrb.cn')).toBeUndefined()
    expect(siteUrlProblem('https://m.zzrb.cn/')).toBeUndefined()
  })

  it('stops the deploy (exit 1, in Chinese and English) on a localhost or http address, or none', async () => {
    const sites = ['http://localhost:8787', 'http://www.zzrb.cn', undefined]
    const results = await Promise.all(sites.map(checkDeploy))
    for (const [i, { code, out }] of results.entries()) {
      expect(code, String(sites[i])).toBe(1)
      expect(out).toContain('不能部署 / not deploying')
    }
  })

  it('lets the deploy go on with the site’s https address', async () => {
    expect(await checkDeploy('https://www.zzrb.cn')).toEqual({ code: 0, out: 'SITE_URL: https://www.zzrb.cn\n' })
  })

  it('refuses the placeholder committed in wrangler.toml until it is replaced', async () => {
    await expect(run('npx', ['tsx', 'scripts/deploy/check-site-url.ts'])).rejects.toMatchObject({ code: 1 })
  })
})
