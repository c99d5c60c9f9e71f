// The content contract: what editors write (front matter, issue.yaml, paper.json) and what the
// compiler hands to KV. The compiler validates with these schemas; the worker imports the types.
import * as v from 'valibot'

const text = v.pipe(v.string(), v.trim(), v.nonEmpty('must not be empty'))
const optionalText = v.optional(text)

/** A date written as YYYY-MM-DD that is a real calendar day. */
export const IsoDate = v.pipe(
  v.string('must be a date written YYYY-MM-DD'),
  v.regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD'),
  v.check((s) => new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), 'is not a real calendar day'),
)

export const Slug = v.pipe(
  v.string('must be text'),
  v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lowercase letters, digits and single hyphens (e.g. baoma-jihua)'),
  v.maxLength(80, 'must be at most 80 characters'),
)

export const Person = v.strictObject({ role: text, name: text, note: optionalText })
export type Person = v.InferOutput<typeof Person>

export const PaperFile = v.strictObject({
  name: text,
  locale: v.literal('zh-CN'),
  baseUrl: v.pipe(v.string(), v.url('must be an absolute URL')),
  description: text,
  colors: v.strictObject({ brand: v.pipe(v.string(), v.hexColor('must be a hex colour such as #b8141b')) }),
})
export type Paper = v.InferOutput<typeof PaperFile>

export const PageFile = v.strictObject({
  number: v.pipe(v.number('must be a number'), v.integer('must be a whole number'), v.minValue(1, 'must be 1 or more')),
  name: text,
  editors: v.optional(v.array(Person), []),
})

export const IssueFile = v.strictObject({
  date: IsoDate,
  /** 期号, when the newsroom knows it. */
  number: optionalText,
  pages: v.pipe(v.array(PageFile), v.nonEmpty('must list at least one 版面')),
})

export const FrontMatter = v.strictObject({
  id: Slug,
  page: v.pipe(v.number('must be the number of a 版面 in issue.yaml'), v.integer('must be a whole number')),
  order: v.pipe(v.number('must be a number'), v.integer('must be a whole number'), v.minValue(1, 'must be 1 or more')),
  kicker: optionalText,
  title: text,
  subtitle: optionalText,
  byline: v.optional(v.array(Person), []),
  dateline: optionalText,
  summary: optionalText,
  tags: v.optional(v.array(text), []),
})
export type FrontMatter = v.InferOutput<typeof FrontMatter>

/** Inline text: plain runs, emphasis, and links limited to http, https and mailto. */
export type Inline = string | { t: 'em' | 'strong'; c: Inline[] } | { t: 'link'; href: string; c: Inline[] }

/** The restricted block structure an article body compiles to; the renderer knows nothing else. */
export type Block =
  | { t: 'p'; c: Inline[] }
  | { t: 'h'; text: string }
  | { t: 'label'; text: string }
  | { t: 'figure'; caption: string; credit?: string; src?: string }
  | { t: 'quote'; c: Inline[][] }
  | { t: 'list'; ordered: boolean; items: Inline[][] }

export interface ArticleMeta {
  id: string
  date: string
  page: number
  order: number
  kicker?: string
  title: string
  subtitle?: string
  byline: Person[]
  dateline?: string
  summary: string
  tags: string[]
  /** Characters of body text, the measure of length for Chinese. */
  chars: number
  readingMinutes: number
  /** Content hash: part of this article's KV key. */
  version: string
}

export interface Article extends ArticleMeta {
  body: Block[]
}

export interface Page {
  number: number
  name: string
  editors: Person[]
  articles: ArticleMeta[]
}

/** One issue as the front page needs it: 版面 and article summaries, no bodies. */
export interface Issue {
  date: string
  number?: string
  version: string
  pages: Page[]
}

/** One line of the archive: enough to list an issue without reading it. */
export interface IssueEntry {
  date: string
  version: string
  lead: string
  articles: number
  /** Size of the edition's JSON: what "下载本期" costs, roughly. */
  bytes: number
}

/** One day's issue with every article in it: all a reader needs to read it, offline too. */
export interface Edition {
  issue: Issue
  articles: Article[]
}

/** The live edition, written last by every publish: one KV read serves any page of it. */
export interface Latest extends Edition {
  publishedAt: string
}

export interface Archive {
  /** Newest first. */
  issues: IssueEntry[]
  /** What the latest pointer held after each publish, oldest first; --rollback steps back along it. */
  history: Array<IssueEntry & { publishedAt: string }>
}
