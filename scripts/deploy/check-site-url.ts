// Run first by `npm run deploy`: the production site's address (wrangler.toml,
// [env.production.vars] SITE_URL, read with wrangler's own config reader) must be the public https
// address readers use, since canonical URLs, the feed and the sitemaps name it. Exits 1 otherwise.
import { pathToFileURL } from 'node:url'
import { parseArgs } from 'node:util'
import { unstable_readConfig } from 'wrangler'

/** Hosts no reader can reach: this machine, and the names reserved for examples and tests. */
const LOCAL_HOST = /^(localhost|0\.0\.0\.0|127(\.\d{1,3}){3}|\[::1?\])$|\.(localhost|local|example|test|invalid)$/
const EXAMPLE_HOST = /^(.+\.)?example(\.(com|net|org))?$/

/** What is wrong with a site address, in Chinese and English; undefined when it will do. */
export function siteUrlProblem(value: unknown): string | undefined {
  if (typeof value !== 'string' || value === '') return 'SITE_URL 未设置 / is not set'
  let url: URL
  try {
    url = new URL(value)
  } catch {
    return `SITE_URL "${value}" 不是网址 / is not a URL`
  }
  if (url.protocol !== 'https:') return `SITE_URL "${value}" 必须是 https 地址 / must be an https address`
  if (LOCAL_HOST.test(url.hostname) || EXAMPLE_HOST.test(url.hostname))
    return `SITE_URL "${value}" 是本机或示例地址，读者无法访问 / is a local or example host readers cannot reach`
  if (url.pathname !== '/' || url.search || url.hash || url.username || url.password)
    return `SITE_URL "${value}" 只能是站点根地址，如 https://news.example.cn / must be the site's origin alone`
  return undefined
}

/** The production environment's SITE_URL, as wrangler reads it from the config file. */
export function productionSiteUrl(config: string): unknown {
  return unstable_readConfig({ config, env: 'production' }, { hideWarnings: true }).vars.SITE_URL
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { values } = parseArgs({ options: { config: { type: 'string', default: 'wrangler.toml' } } })
  const site = productionSiteUrl(values.config)
  const problem = siteUrlProblem(site)
  if (problem) {
    console.error(`不能部署 / not deploying: ${problem}`)
    console.error(
      `请在 ${values.config} 的 [env.production.vars] 中填写读者访问的 https 地址（见 README「Going live」）。`,
    )
    process.exit(1)
  }
  console.log(`SITE_URL: ${site}`)
}
