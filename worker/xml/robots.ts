// robots.txt: everything may be crawled except the JSON API and search results; both sitemaps listed.

export function renderRobots(baseUrl: string): string {
  const root = baseUrl.replace(/\/+$/, '')
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
