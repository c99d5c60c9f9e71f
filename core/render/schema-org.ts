// schema.org data for search engines, in the page as JSON-LD: the paper (NewsMediaOrganization),
// the article (NewsArticle) and where a page sits in the paper (BreadcrumbList). The document
// writes them as one @graph.
import { publishedIso } from '../dates'
import type { Article, Paper } from '../model'

export function newsArticle(paper: Paper, a: Article, section: string | undefined, image?: string): object {
  const corrected = a.corrections?.at(-1)
  return {
    '@type': 'NewsArticle',
    headline: a.title,
    ...(image ? { image: [image] } : {}),
    ...(a.kicker || a.subtitle ? { alternativeHeadline: [a.kicker, a.subtitle].filter(Boolean).join(' ') } : {}),
    datePublished: publishedIso(a.date),
    // Modified only by a correction: an article never corrected has no dateModified.
    ...(corrected ? { dateModified: publishedIso(corrected.date) } : {}),
    ...(a.corrections?.length
      ? {
          correction: a.corrections.map((c) => ({ '@type': 'CorrectionComment', text: c.note, datePublished: c.date })),
        }
      : {}),
    ...(section ? { articleSection: section } : {}),
    author: a.byline.map((p) => ({ '@type': 'Person', name: p.name })),
    publisher: { '@type': 'NewsMediaOrganization', name: paper.name },
  }
}

/** A crumb without a url is the page itself, which needs no link. */
export function breadcrumbList(crumbs: Array<{ name: string; url?: string | undefined }>): object {
  return {
    '@type': 'BreadcrumbList',
    itemListElement: crumbs.map((c, i) => ({
      '@type': 'ListItem',
      position: i + 1,
      name: c.name,
      ...(c.url ? { item: c.url } : {}),
    })),
  }
}

/** The paper itself, on its front page. */
export function organization(paper: Paper, url: string): object {
  return { '@type': 'NewsMediaOrganization', name: paper.name, url }
}
