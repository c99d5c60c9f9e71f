// Bad content for the caps, dates and file-name tests: each case breaks a copy of content/ in one
// way, and says what the refusal must name. The tests count how many were refused by name.
import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { CAPS } from '../../publish/compile/caps'
import { ContentError, formatProblem } from '../../publish/compile/problems'
import { edit, ISSUE } from './content-copy'

export const ARTICLE = `${ISSUE}/baoma-jihua.md`

/** A case: how to break the content, and the refusal it must get (file, line, what is wrong). */
export type BadCase = [name: string, breakIt: (dir: string) => Promise<void>, expected: RegExp]

/** Replaces the body of the article (everything after its front matter) with `body`. */
export async function withBody(dir: string, body: string, file = ARTICLE): Promise<void> {
  const path = join(dir, file)
  const text = await readFile(path, 'utf8')
  const front = text.slice(0, text.indexOf('\n---\n') + 5)
  await writeFile(path, `${front}\n${body}\n`)
}

/** The problems a compile reports, formatted as editors read them; none if it passed. */
export async function problemsOf(compile: () => Promise<unknown>): Promise<string[]> {
  try {
    await compile()
    return []
  } catch (e) {
    if (e instanceof ContentError) return e.problems.map(formatProblem)
    throw e
  }
}

/** A real paragraph of the issue, repeated to `chars` characters. */
export async function prose(chars: number): Promise<string> {
  const text = await readFile(`content/${ARTICLE}`, 'utf8')
  const paragraph = text.split('\n').find((l) => l.startsWith('“照顾家庭的同时'))!
  return paragraph.repeat(Math.ceil(chars / paragraph.length)).slice(0, chars)
}

/** An article file named `name` in the issue, a copy of the real one with its id changed. */
export async function articleNamed(dir: string, name: string): Promise<void> {
  const text = await readFile(join(dir, ARTICLE), 'utf8')
  await writeFile(join(dir, ISSUE, name), text.replace('id: baoma-jihua', `id: ${name.replace(/\.md$/, '')}`))
}

/** The issue moved to another date (its folder and its issue.yaml), with lines added to issue.yaml. */
export async function redate(dir: string, date: string, extra = ''): Promise<string> {
  const folder = `issues/${date}`
  await cp(join(dir, ISSUE), join(dir, folder), { recursive: true })
  await rm(join(dir, ISSUE), { recursive: true })
  const yaml = join(dir, folder, 'issue.yaml')
  await writeFile(yaml, (await readFile(yaml, 'utf8')).replace('date: 2024-03-11', `date: ${date}${extra}`))
  return folder
}

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')
/** file:line：… or file:line 字段 field：…, as formatProblem writes it; `message` names the field as `field：`. */
export const at = (file: string, lineNo: number | string, message: string) =>
  new RegExp(`${esc(file)}:${lineNo}(：| 字段 )${message}`)

/** The body starts on line 12 of the real article (its front matter takes lines 1–10, then a blank line). */
export const BODY = 12

export const capCases: BadCase[] = [
  [
    'a 5 MB article',
    async (d) => withBody(d, `${await prose(2_000)}\n\n`.repeat(900)),
    at(ARTICLE, '\\d+', '文件有 5\\.\\d MB，超过稿件的上限（200 KB）'),
  ],
  [
    'an article just over 200 KB',
    async (d) => withBody(d, `${await prose(3_000)}\n\n`.repeat(24)),
    at(ARTICLE, '\\d+', '文件有 2\\d\\d KB，超过稿件的上限（200 KB）'),
  ],
  [
    'a list nested 300 deep',
    (d) => withBody(d, Array.from({ length: 300 }, (_, i) => `${'  '.repeat(i)}- 第${i}层`).join('\n')),
    at(ARTICLE, BODY + CAPS.nesting, `列表、引语和指令套了 5 层以上，超过 ${CAPS.nesting} 层的上限`),
  ],
  [
    'a list nested 4,000 deep on one line',
    (d) => withBody(d, `${'- '.repeat(4_000)}株洲`),
    at(ARTICLE, BODY, '列表、引语和指令套了 5 层以上'),
  ],
  [
    '20,000 quotations',
    (d) => withBody(d, '> 株洲\n\n'.repeat(20_000)),
    at(ARTICLE, BODY + 2 * CAPS.containerLines, `列表、引语和指令的行数超过每篇 ${CAPS.containerLines} 行的上限`),
  ],
  [
    'quotations nested 5,000 deep',
    (d) => withBody(d, `${'>'.repeat(5_000)} 株洲`),
    at(ARTICLE, BODY, '列表、引语和指令套了 5 层以上'),
  ],
  [
    'directives nested 5,000 deep',
    (d) => withBody(d, ':::box\n'.repeat(5_000)),
    at(ARTICLE, BODY + CAPS.nesting, '列表、引语和指令套了 5 层以上'),
  ],
  [
    'a line of 20,000 characters',
    async (d) => withBody(d, `第一段。\n\n${await prose(20_000)}`),
    at(ARTICLE, BODY + 2, '这一行有 20,000 个字符，超过每行 10,000 个字符的上限'),
  ],
  [
    'a paragraph of 6,000 characters over many lines',
    async (d) => withBody(d, `${await prose(60)}\n`.repeat(100)),
    at(ARTICLE, BODY, '这一段超过每段 5,000 个字符的上限'),
  ],
  [
    'a paragraph of 1,000 emphasis marks',
    (d) => withBody(d, `株洲${'*日报'.repeat(1_000)}`),
    at(ARTICLE, BODY, '这一段的 Markdown 标记（\\* _ \\[ \\]）超过每段 200 个的上限'),
  ],
  [
    'quotation marks nested 1,000 deep',
    (d) => withBody(d, '“株洲'.repeat(1_000)),
    at(ARTICLE, BODY, `body：引号和括号套了 ${CAPS.pairNesting} 层以上`),
  ],
  [
    'front matter of 20 KB',
    (d) => edit(d, ARTICLE, 'dateline: 株洲日报讯', `dateline: 株洲日报讯\n${'# 备注\n'.repeat(4_000)}`),
    at(ARTICLE, 1, '两行 --- 之间的稿件信息有 \\d+ KB，超过 16 KB 的上限'),
  ],
  [
    'front matter nested 2,000 deep',
    (d) => edit(d, ARTICLE, /^title: .*$/m, `title: ${'['.repeat(2_000)}`),
    at(ARTICLE, 5, `YAML 套了 \\d+ 层以上，超过 ${CAPS.yamlNesting} 层的上限`),
  ],
  [
    'a title of 300 characters',
    async (d) => edit(d, ARTICLE, /^title: .*$/m, `title: ${await prose(300)}`),
    at(ARTICLE, 5, 'title：有 300 个字，超过 100 个字的上限'),
  ],
  [
    'thirty tags',
    (d) =>
      edit(d, ARTICLE, 'dateline: 株洲日报讯', `dateline: 株洲日报讯\ntags: [${Array(30).fill('就业').join(', ')}]`),
    at(ARTICLE, 10, 'tags：有 30 项，超过 20 项的上限'),
  ],
  [
    'an issue.yaml of 100 KB',
    (d) => edit(d, `${ISSUE}/issue.yaml`, 'date: 2024-03-11', `date: 2024-03-11\n${'# 备注\n'.repeat(20_000)}`),
    at(`${ISSUE}/issue.yaml`, '\\d+', '文件有 \\d+ KB，超过 issue.yaml 的上限（64 KB）'),
  ],
  [
    'an issue of 200 articles',
    async (d) => {
      for (let i = 1; i <= 194; i++) await articleNamed(d, `gaojian-${i}.md`)
    },
    new RegExp(`${esc(ISSUE)}：有 200 篇稿件，超过每期 128 篇的上限`),
  ],
  [
    'an issue of 2.2 MB',
    async (d) => {
      const body = `${await prose(3_000)}\n\n`.repeat(20)
      for (let i = 1; i <= 12; i++) {
        await articleNamed(d, `gaojian-${i}.md`)
        await withBody(d, body, `${ISSUE}/gaojian-${i}.md`)
      }
    },
    new RegExp(`${esc(ISSUE)}：稿件共有 2\\.\\d MB，超过每期 2 MB 的上限`),
  ],
]

/** The day `n` days from today in Beijing, as the publisher counts days. */
export const beijingDay = (n: number) =>
  new Date(Date.now() + 8 * 3_600_000 + n * 86_400_000).toISOString().slice(0, 10)

const YAML_DATE_LINE = 5

export const dateCases: BadCase[] = [
  [
    'an issue dated 1969-12-31',
    async (d) => void (await redate(d, '1969-12-31')),
    at('issues/1969-12-31/issue.yaml', YAML_DATE_LINE, 'date：早于数字版第一期（2000-01-01'),
  ],
  [
    'an issue dated a day before the first issue',
    async (d) => void (await redate(d, '1999-12-31')),
    at('issues/1999-12-31/issue.yaml', YAML_DATE_LINE, 'date：早于数字版第一期'),
  ],
  [
    'an issue dated 2100-01-01 with a publishAt already past',
    async (d) => void (await redate(d, '2100-01-01', '\npublishAt: 2024-03-11T06:00:00+08:00')),
    at(
      'issues/2100-01-01/issue.yaml',
      YAML_DATE_LINE + 1,
      'publishAt：2024-03-11 06:00（北京时间）比这一期的日期 2100-01-01 早 \\d+ 天',
    ),
  ],
  [
    'an issue ten days ahead with no publishAt',
    async (d) => void (await redate(d, beijingDay(10))),
    at(`issues/${beijingDay(10)}/issue.yaml`, YAML_DATE_LINE, 'date：比今天（\\d{4}-\\d\\d-\\d\\d，北京时间）晚 10 天'),
  ],
  [
    'a first issue before 1970',
    (d) => edit(d, 'paper.json', '"firstIssue": "2000-01-01"', '"firstIssue": "1956-01-01"'),
    /paper\.json 字段 firstIssue：不能早于 1970-01-01/,
  ],
]

export const nameCases: BadCase[] = [
  [
    'an article file name with a space',
    (d) => articleNamed(d, 'baoma jihua.md'),
    new RegExp(`${esc(ISSUE)}/baoma jihua\\.md：文件名里有空格：稿件的文件名就是它的 id`),
  ],
  [
    'an article file name in capitals',
    (d) => articleNamed(d, 'BaoMa.md'),
    new RegExp(`${esc(ISSUE)}/BaoMa\\.md：文件名不能当稿件 id：.*小写字母、数字`),
  ],
  [
    'an image file name with a space',
    async (d) => {
      await mkdir(join(d, ISSUE, 'images'))
      await writeFile(join(d, ISSUE, 'images', 'zhao pin.jpg'), 'not read: refused by its name')
    },
    new RegExp(`${esc(ISSUE)}/images/zhao pin\\.jpg：文件名里有空格：图片文件名只能用`),
  ],
]
