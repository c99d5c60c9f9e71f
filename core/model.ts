// What the publisher writes and every runtime reads: an issue, its articles and the archive, as
// plain JSON. The editors' input format is validated in publish/schema.ts; this is its output.

export interface Person {
  role: string
  name: string
  note?: string | undefined
}

/**
 * content/paper.json: the masthead settings, bundled into the worker and the service worker. The
 * site's address is not among them: it is the deployment's (wrangler.toml SITE_URL, worker/site.ts).
 */
export interface Paper {
  name: string
  locale: 'zh-CN'
  description: string
  colors: { brand: string }
}

/** Inline text: plain runs, emphasis, and links limited to http, https and mailto. */
export type Inline = string | { t: 'em' | 'strong'; c: Inline[] } | { t: 'link'; href: string; c: Inline[] }

/**
 * A published photo: its renditions are named by `id` and width (core/photos.ts). `w` and `h` are
 * its size upright, for the page to hold its place; `preview` is a tiny blurred data: URL.
 */
export interface Photo {
  id: string
  w: number
  h: number
  /** Rendition widths, narrowest first. */
  widths: number[]
  preview: string
}

export interface Figure {
  t: 'figure'
  caption: string
  credit?: string
  photo?: Photo
}

/** The restricted block structure an article body compiles to; the renderer knows nothing else. */
export type Block =
  | { t: 'p'; c: Inline[] }
  | { t: 'h'; text: string }
  | { t: 'label'; text: string }
  | Figure
  | { t: 'quote'; c: Inline[][] }
  | { t: 'list'; ordered: boolean; items: Inline[][] }

export interface ArticleMeta {
  id: string
  date: string
  page: number
  order: number
  kicker?: string | undefined
  title: string
  /** Where the headline may break (UTF-16 offsets): between phrases, never inside a word. */
  titleBreaks?: number[] | undefined
  subtitle?: string | undefined
  byline: Person[]
  dateline?: string | undefined
  summary: string
  tags: string[]
  /** 更正: the editors' notes on what was corrected, oldest first (absent when there are none). */
  corrections?: Correction[] | undefined
  /** Characters of body text, the measure of length for Chinese. */
  chars: number
  readingMinutes: number
  /** Content hash of the article. */
  version: string
  /**
   * Where the story is printed on its 版's page image (Page.print), as one or a few boxes in the
   * page's points: found from the print PDF's text at publish, or set by the editors.
   */
  region?: Box[] | undefined
  /** Its lead photo (core/photos.ts leadPhoto), shown beside it in lists; absent when it has none. */
  thumb?: Photo | undefined
}

/** A rectangle on a printed page: left, top, width, height, in PDF points from the top left. */
export type Box = [x: number, y: number, w: number, h: number]

export interface Correction {
  /** The day the correction was made (YYYY-MM-DD). */
  date: string
  note: string
}

export interface Article extends ArticleMeta {
  body: Block[]
  /**
   * 相关阅读: up to three other articles sharing its salient terms, from its issue and the 30 days
   * before it (core/search/related.ts), chosen at publish; absent when none is close enough.
   */
  related?: RelatedArticle[] | undefined
}

/** A link to another article, as 相关阅读 lists it. */
export interface RelatedArticle {
  date: string
  id: string
  title: string
  thumb?: Photo | undefined
}

export interface Page {
  number: number
  name: string
  editors: Person[]
  articles: ArticleMeta[]
  /** The 版 as printed (版面图), when the issue carries its print PDF. */
  print?: PrintedPage | undefined
}

/** A 版's print PDF, published: the page as an image, its size, and the PDF itself to download. */
export interface PrintedPage {
  /** The page image, rendered from the PDF: renditions named like a photo's (core/photos.ts). */
  image: Photo
  /** The page's size in PDF points: what the stories' regions are measured in. */
  size: [w: number, h: number]
  /** The PDF's content hash: its address and its key in R2 (core/prints.ts). */
  pdf: string
  pdfBytes: number
}

/** One issue as the front page needs it: 版面 and article summaries, no bodies. */
export interface Issue {
  date: string
  number?: string
  version: string
  pages: Page[]
}

/** One day's issue with every article in it: all a reader needs to read it, offline too. */
export interface Edition {
  issue: Issue
  articles: Article[]
}

/** The live edition, written last by every publish: one KV read serves any page of it. */
export interface Latest extends Edition {
  /** When this day went live (ISO). */
  publishedAt: string
}

/** One line of the archive: enough to list an issue without reading it. */
export interface IssueEntry {
  date: string
  version: string
  lead: string
  articles: number
  /** Size of the edition's JSON: the text that 下载本期 keeps. */
  bytes: number
  /**
   * The images 下载本期 keeps with it (printed pages and photos, within the service worker's
   * budget: core/offline/kept-size.ts), in bytes; absent when there are none or not measured.
   */
  photoBytes?: number | undefined
  /** When this version went live: later than the day itself once it was corrected (ISO). */
  modified: string
  /** The lead story's photo, or the first of the front 版's: absent when there is none. */
  thumb?: Photo | undefined
}

/** One month of the archive (KV archive/<yyyy-mm>): its issues, newest first. */
export interface ArchiveMonth {
  month: string
  issues: IssueEntry[]
}

/** The archive's table of contents (KV archive/index): small whatever the archive's age. */
export interface ArchiveIndex {
  /** Every month with an issue, newest first. */
  months: Array<{ month: string; issues: number; modified: string }>
  /** The newest days and their versions: what phones check their kept issues against. */
  recent: Array<{ date: string; version: string }>
}

/**
 * 快讯: a short item of breaking news between issues (content/flash/<id>.md), live from `time`
 * until it is retracted (its file deleted and published).
 */
export interface FlashItem {
  id: string
  /** At most 40 characters. */
  title: string
  /** Plain text, at most 300 characters. */
  body: string
  /** When it went (or goes) live, ISO in UTC. */
  time: string
  /** An article of this site (its path) or an https address. */
  link?: string | undefined
  /** Pushed to the phones that asked for 快讯提醒. */
  push: boolean
}

/** KV news/recent: the live items of the last week, newest first, as of their last change. */
export interface RecentNews {
  items: FlashItem[]
  /** When the list last changed (ISO). */
  modified: string
}
