// The content contract's input: what editors write (front matter, issue.yaml, paper.json), as
// valibot schemas the compiler validates with. What it compiles to is core/model.ts.
import * as v from 'valibot'
import type { Paper, Person as PersonOut } from '../core/model'
import { DATE_PATTERN, isDate, isPageNumber, PAGE_MAX, SLUG_MAX, SLUG_PATTERN } from '../core/rules'
import { hiddenInLabel } from './compile/hidden-chars'

/** The most characters each field may hold, and the most entries each list (content/README.md lists them). */
export const FIELD_CAPS = {
  title: 100,
  kicker: 100,
  subtitle: 100,
  summary: 300,
  dateline: 50,
  name: 50,
  description: 200,
  number: 50,
  note: 500,
  tag: 40,
  byline: 20,
  tags: 20,
  corrections: 50,
  editors: 20,
  regionBoxes: 6,
} as const

const text = (max: number) =>
  v.pipe(
    v.string(),
    v.trim(),
    v.nonEmpty('不能是空的'),
    v.maxLength(max, (issue) => `有 ${issue.received} 个字，超过 ${max} 个字的上限`),
    v.check(
      (s) => hiddenInLabel(s) === undefined,
      (issue) => `有看不见的字符（${hiddenInLabel(String(issue.input))}）：请重新输入`,
    ),
  )
const optionalText = (max: number) => v.optional(text(max))
/** A list of at most `max` entries. */
const list = <T extends v.GenericSchema>(item: T, max: number) =>
  v.pipe(
    v.array(item),
    v.maxLength(max, (issue) => `有 ${issue.received} 项，超过 ${max} 项的上限`),
  )

/** A date written as YYYY-MM-DD that is a real calendar day. */
export const IsoDate = v.pipe(
  v.string('须是日期，写成 YYYY-MM-DD，如 2024-03-11'),
  v.regex(DATE_PATTERN, '须是日期，写成 YYYY-MM-DD，如 2024-03-11'),
  v.check(isDate, '不是真实存在的日期'),
)

/** The earliest firstIssue: search ids count days from 1970-01-01 and must not go below zero. */
export const FIRST_ISSUE_MIN = '1970-01-01'

export const Slug = v.pipe(
  v.string('须是文字'),
  v.regex(SLUG_PATTERN, '只能用小写字母、数字和单个连字符（如 baoma-jihua）'),
  v.maxLength(SLUG_MAX, `最长 ${SLUG_MAX} 个字符`),
)

export const Person = v.strictObject({
  role: text(FIELD_CAPS.name),
  name: text(FIELD_CAPS.name),
  note: optionalText(FIELD_CAPS.name),
})

export const PaperFile = v.strictObject({
  name: text(FIELD_CAPS.name),
  locale: v.literal('zh-CN'),
  description: text(FIELD_CAPS.description),
  colors: v.strictObject({ brand: v.pipe(v.string(), v.hexColor('须是十六进制颜色，如 #b8141b')) }),
  /**
   * The earliest issue date the digital edition holds, set by the newsroom: an issue dated before
   * it is a typo (a year typed wrong), refused by name. Search ids count days from 1970
   * (core/ledger/doc-id.ts), so no archive starts earlier.
   */
  firstIssue: v.pipe(IsoDate, v.minValue(FIRST_ISSUE_MIN, `不能早于 ${FIRST_ISSUE_MIN}`)),
})

export const PageFile = v.strictObject({
  number: v.pipe(v.number('须是数字'), v.check(isPageNumber, `须是 1 到 ${PAGE_MAX} 的整数`)),
  name: text(FIELD_CAPS.name),
  editors: v.optional(list(Person, FIELD_CAPS.editors), []),
})

/** A moment with its offset, as editors write it: 2024-03-12T06:00:00+08:00. */
export const DateTime = v.pipe(
  v.string('须是日期和时间，写成 2024-03-12T06:00:00+08:00'),
  v.regex(
    /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?(Z|[+-]\d{2}:\d{2})$/,
    '须是带时区的日期和时间，如 2024-03-12T06:00:00+08:00（北京时间写 +08:00）',
  ),
  v.check((s) => !Number.isNaN(Date.parse(s)), '不是真实存在的日期和时间'),
)

export const IssueFile = v.strictObject({
  date: IsoDate,
  /** When the issue goes live; without it, 06:00 Beijing time on its date. */
  publishAt: v.optional(DateTime),
  /** 期号, when the newsroom knows it. */
  number: optionalText(FIELD_CAPS.number),
  pages: v.pipe(list(PageFile, PAGE_MAX), v.nonEmpty('至少要有一个版面')),
})

/** A box on the printed page, in percent of its width and height from its top left: [左, 上, 宽, 高]. */
const PercentBox = v.pipe(
  v.tuple(
    [v.number('须是数字'), v.number('须是数字'), v.number('须是数字'), v.number('须是数字')],
    '须是四个数字 [左, 上, 宽, 高]，单位是版面宽、高的百分比',
  ),
  v.check(
    ([x, y, w, h]) => x >= 0 && y >= 0 && w > 0 && h > 0 && x + w <= 100 && y + h <= 100,
    '须在版面之内：左、上不小于 0，宽、高大于 0，左+宽、上+高不超过 100',
  ),
)

export const FrontMatter = v.strictObject({
  id: Slug,
  page: v.pipe(
    v.number('须是 issue.yaml 里一个版面的版号（数字）'),
    v.check(isPageNumber, `须是 1 到 ${PAGE_MAX} 的整数`),
  ),
  order: v.pipe(v.number('须是数字'), v.integer('须是整数'), v.minValue(1, '最小是 1')),
  kicker: optionalText(FIELD_CAPS.kicker),
  title: text(FIELD_CAPS.title),
  subtitle: optionalText(FIELD_CAPS.subtitle),
  byline: v.optional(list(Person, FIELD_CAPS.byline), []),
  dateline: optionalText(FIELD_CAPS.dateline),
  summary: optionalText(FIELD_CAPS.summary),
  tags: v.optional(list(text(FIELD_CAPS.tag), FIELD_CAPS.tags), []),
  /** 更正: each correction made to the article after it went out, with its date. */
  corrections: v.optional(list(v.strictObject({ date: IsoDate, note: text(FIELD_CAPS.note) }), FIELD_CAPS.corrections)),
  /**
   * Where the story is printed on its 版's page (pages/NN.pdf), set by hand: it replaces the place
   * found from the PDF's text. One box or a few, or false: no place on the page.
   */
  region: v.optional(
    v.union([v.literal(false), list(PercentBox, FIELD_CAPS.regionBoxes)], '须是 [[左, 上, 宽, 高], …] 或 false'),
  ),
})
export type FrontMatter = v.InferOutput<typeof FrontMatter>

// The compiler's output types (core/model.ts) must stay what these schemas produce.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false
const samePerson: Same<v.InferOutput<typeof Person>, PersonOut> = true
// firstIssue is the publisher's alone: pages never show it.
const samePaper: Same<Omit<v.InferOutput<typeof PaperFile>, 'firstIssue'>, Paper> = true
void samePerson
void samePaper

/** 快讯 caps: a headline that fits a notification, a body a phone shows whole. */
export const FLASH_CAPS = { title: 40, body: 300 } as const

/** A site path of an article (/issues/2024-03-11/baoma-jihua) or an https address. */
const FlashLink = v.pipe(
  v.string('须是本站文章的地址（/issues/日期/稿件id）或 https:// 开头的网址'),
  v.check(
    (s) => /^\/issues\/\d{4}-\d{2}-\d{2}\/[a-z0-9]+(-[a-z0-9]+)*$/.test(s) || /^https:\/\/[^\s/?#]+[^\s]*$/.test(s),
    '须是本站文章的地址（/issues/日期/稿件id）或 https:// 开头的网址',
  ),
)

/** A 快讯's front matter (content/flash/<id>.md); its body is the text below it. */
export const FlashFile = v.strictObject({
  title: text(FLASH_CAPS.title),
  /** When it goes live; without it, when it is published. */
  time: v.optional(DateTime),
  link: v.optional(FlashLink),
  /** Pushed to the phones that asked for 快讯提醒; true unless set false. */
  push: v.optional(v.boolean('须是 true 或 false'), true),
})
