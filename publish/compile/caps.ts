// The caps on what editors write. Each is far above what a newspaper needs, and low enough that
// content at every cap compiles in a second or two: the Markdown parser and the typography lint
// slow down faster than the text grows on long paragraphs, many emphasis or link marks in one
// paragraph, deep nesting, and thousands of quotations or nested lists in one article, so those
// are capped on the raw text, before anything parses it.
// An oversized file is refused in milliseconds, by file and line. content/README.md lists them all.
import { MAX_ARTICLES } from '../../core/ledger/doc-id'

export const CAPS = {
  /** One article file (front matter and body). */
  articleBytes: 200 * 1024,
  /** All the article files of one issue together. */
  issueBytes: 2 * 1024 * 1024,
  /** Articles in one issue (search ids leave room for this many a day). */
  articles: MAX_ARTICLES,
  /** issue.yaml. */
  issueYamlBytes: 64 * 1024,
  /** paper.json. */
  paperBytes: 16 * 1024,
  /** An article's front matter, between its two --- lines. */
  frontMatterBytes: 16 * 1024,
  /** One line, in characters. */
  lineChars: 10_000,
  /** One paragraph (lines with no blank line between them), in characters. */
  paragraphChars: 5_000,
  /** Markdown marks (* _ [ ]) in one paragraph: emphasis and links. */
  paragraphMarks: 200,
  /** Lists, quotations and directives inside one another. */
  nesting: 4,
  /** Lines that start a list item, a quotation's line or a directive, in one article. */
  containerLines: 500,
  /** Mappings, lists and brackets inside one another in YAML. */
  yamlNesting: 8,
  /** Quotation marks and brackets (“” 《》 （） …) inside one another in one text. */
  pairNesting: 8,
} as const

/** 200 KB, 2 MB, 5.1 MB: sizes as editors read them. */
export function size(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.ceil(bytes / 1024)} KB`
  const mb = bytes / (1024 * 1024)
  return `${Number.isInteger(mb) ? mb : mb.toFixed(1)} MB`
}

/** 10,000: counts as editors read them. */
export const count = (n: number) => n.toLocaleString('en-US')
