// The content contract's input: what editors write (front matter, issue.yaml, paper.json), as
// valibot schemas the compiler validates with. What it compiles to is core/model.ts.
import * as v from 'valibot'
import type { Paper, Person as PersonOut } from '../core/model'
import { DATE_PATTERN, isDate, isPageNumber, PAGE_MAX, SLUG_MAX, SLUG_PATTERN } from '../core/rules'
import { hiddenInLabel } from './compile/hidden-chars'

const text = v.pipe(
  v.string(),
  v.trim(),
  v.nonEmpty('must not be empty'),
  v.check(
    (s) => hiddenInLabel(s) === undefined,
    (issue) => `holds an invisible, control or bidi character (${hiddenInLabel(String(issue.input))}): retype it`,
  ),
)
const optionalText = v.optional(text)

/** A date written as YYYY-MM-DD that is a real calendar day. */
export const IsoDate = v.pipe(
  v.string('must be a date written YYYY-MM-DD'),
  v.regex(DATE_PATTERN, 'must be a date written YYYY-MM-DD'),
  v.check(isDate, 'is not a real calendar day'),
)

export const Slug = v.pipe(
  v.string('must be text'),
  v.regex(SLUG_PATTERN, 'must be lowercase letters, digits and single hyphens (e.g. baoma-jihua)'),
  v.maxLength(SLUG_MAX, `must be at most ${SLUG_MAX} characters`),
)

export const Person = v.strictObject({ role: text, name: text, note: optionalText })

export const PaperFile = v.strictObject({
  name: text,
  locale: v.literal('zh-CN'),
  description: text,
  colors: v.strictObject({ brand: v.pipe(v.string(), v.hexColor('must be a hex colour such as #b8141b')) }),
})

export const PageFile = v.strictObject({
  number: v.pipe(v.number('must be a number'), v.check(isPageNumber, `must be a whole number from 1 to ${PAGE_MAX}`)),
  name: text,
  editors: v.optional(v.array(Person), []),
})

/** A moment with its offset, as editors write it: 2024-03-12T06:00:00+08:00. */
const DateTime = v.pipe(
  v.string('must be a date and time written 2024-03-12T06:00:00+08:00'),
  v.regex(
    /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?(Z|[+-]\d{2}:\d{2})$/,
    'must be a date and time with its offset, e.g. 2024-03-12T06:00:00+08:00',
  ),
  v.check((s) => !Number.isNaN(Date.parse(s)), 'is not a real date and time'),
)

export const IssueFile = v.strictObject({
  date: IsoDate,
  /** When the issue goes live; without it, 06:00 Beijing time on its date. */
  publishAt: v.optional(DateTime),
  /** 期号, when the newsroom knows it. */
  number: optionalText,
  pages: v.pipe(v.array(PageFile), v.nonEmpty('must list at least one 版面')),
})

export const FrontMatter = v.strictObject({
  id: Slug,
  page: v.pipe(
    v.number('must be the number of a 版面 in issue.yaml'),
    v.check(isPageNumber, `must be a whole number from 1 to ${PAGE_MAX}`),
  ),
  order: v.pipe(v.number('must be a number'), v.integer('must be a whole number'), v.minValue(1, 'must be 1 or more')),
  kicker: optionalText,
  title: text,
  subtitle: optionalText,
  byline: v.optional(v.array(Person), []),
  dateline: optionalText,
  summary: optionalText,
  tags: v.optional(v.array(text), []),
  /** 更正: each correction made to the article after it went out, with its date. */
  corrections: v.optional(v.array(v.strictObject({ date: IsoDate, note: text }))),
})
export type FrontMatter = v.InferOutput<typeof FrontMatter>

// The compiler's output types (core/model.ts) must stay what these schemas produce.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false
const samePerson: Same<v.InferOutput<typeof Person>, PersonOut> = true
const samePaper: Same<v.InferOutput<typeof PaperFile>, Paper> = true
void samePerson
void samePaper
