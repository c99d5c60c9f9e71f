// robots.txt: everything may be crawled except the JSON API and search results; both sitemaps listed.
import { siteRoot } from '../../core/urls'

export function renderRobots(baseUrl: string): string {
  const root = siteRoot(baseUrl)
  return [
    'User-agent: *',
    'Allow: /',
    'Disallow: /api/',
    'Disallow: /search',
    '',
    `Sitemap: ${root}/sitemap.xml`,
    `Sitemap: ${root}/news-sitemap.xml`,
    '',
  ].join('\n')
}
