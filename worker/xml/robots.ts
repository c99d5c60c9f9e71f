// robots.txt: everything may be crawled except the JSON API and search results; both sitemaps listed.
/** `root` is the site's origin, without a trailing slash. */
export function renderRobots(root: string): string {
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
