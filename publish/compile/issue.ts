// One issue folder: issue.yaml + one Markdown file per article → an Issue and its Articles.
import { statSync } from 'node:fs'
import { basename, join } from 'node:path'
import type { Article, Issue } from '../../core/model'
import { IssueFile } from '../schema'
import type { DaySource } from '../sources'
import { type CompiledArticle, compileArticle } from './article'
import { CAPS, count, size } from './caps'
import { attachPrints, type PrintFile } from './prints'
import type { Problems } from './problems'
import { readText } from './read-text'
import { checkYamlCaps } from './text-caps'
import { versionOf } from './version'
import { parseYaml } from './yaml-data'

export interface CompiledIssue {
  issue: Issue
  articles: Article[]
  /** Every compiled article with its source positions, for the typography lint. */
  sources: CompiledArticle[]
  /** Its 版' print PDFs, to render and upload with the day. */
  prints: PrintFile[]
  /** When the editors scheduled it to go live (issue.yaml publishAt), if they did. */
  publishAt?: string
  /** Where issue.yaml says so, for messages about it. */
  issueFile: string
  lineOf: (path: (string | number)[]) => number
}

export async function compileIssue(day: DaySource, problems: Problems): Promise<CompiledIssue | undefined> {
  const folderDate = day.date
  const issueFile = day.issueFile
  if (!issueFile) {
    problems.add(join(day.dir, 'issue.yaml'), '缺少这个文件：每一期的文件夹都要有（写日期和版面列表）')
    return undefined
  }
  const source = await readText(issueFile, problems, { bytes: CAPS.issueYamlBytes, what: ' issue.yaml ' })
  if (source === undefined || !checkYamlCaps(source, issueFile, 1, problems)) return undefined
  const parsed = parseYaml(source, IssueFile, issueFile, problems)
  if (!parsed || !withinIssueCaps(day, problems)) return undefined
  const meta = parsed.value
  if (meta.date !== folderDate) {
    problems.add(issueFile, `写的是 ${meta.date}，但文件夹名是 ${folderDate}：两者要一致`, {
      field: 'date',
      line: parsed.lineOfField(['date']),
    })
  }
  const pageNumbers = new Set<number>()
  meta.pages.forEach((p, i) => {
    if (pageNumbers.has(p.number))
      problems.add(issueFile, `第 ${p.number} 版写了两次`, {
        field: `pages.${i}.number`,
        line: parsed.lineOfField(['pages', i, 'number']),
      })
    pageNumbers.add(p.number)
  })

  const compiled: CompiledArticle[] = []
  for (const file of day.articles) {
    const a = await compileArticle(file, meta.date, day.images, problems)
    if (a) compiled.push(a)
  }
  if (day.articles.length === 0) problems.add(day.dir, '没有稿件（*.md 文件）')
  checkPlacement(compiled, pageNumbers, problems)
  const prints = await attachPrints(day, pageNumbers, compiled, problems)

  const articles = compiled.map((c) => c.article).sort((a, b) => a.page - b.page || a.order - b.order)
  const pages = [...meta.pages]
    .sort((a, b) => a.number - b.number)
    .map((p) => ({
      number: p.number,
      name: p.name,
      editors: p.editors,
      articles: articles.filter((a) => a.page === p.number).map(({ body: _body, ...summary }) => summary),
      ...(prints.has(p.number) ? { print: prints.get(p.number)!.print } : {}),
    }))
  const content = { date: meta.date, ...(meta.number === undefined ? {} : { number: meta.number }), pages }
  return {
    issue: { ...content, version: versionOf(content) },
    articles,
    sources: compiled,
    prints: [...prints.values()],
    ...(meta.publishAt === undefined ? {} : { publishAt: meta.publishAt }),
    issueFile,
    lineOf: parsed.lineOfField,
  }
}

/** The caps on an issue as a whole, checked from the files' sizes before any article is read. */
function withinIssueCaps(day: DaySource, problems: Problems): boolean {
  const articles = day.articles.length
  if (articles > CAPS.articles) {
    problems.add(day.dir, `有 ${count(articles)} 篇稿件，超过每期 ${CAPS.articles} 篇的上限`)
    return false
  }
  // An article over its own cap is refused by name when it is read, and not counted here.
  const sizes = day.articles.map((file) => statSync(file).size).filter((bytes) => bytes <= CAPS.articleBytes)
  const bytes = sizes.reduce((sum, n) => sum + n, 0)
  if (bytes > CAPS.issueBytes) {
    problems.add(day.dir, `稿件共有 ${size(bytes)}，超过每期 ${size(CAPS.issueBytes)} 的上限`)
    return false
  }
  return true
}

/** Ids are unique in an issue, every article sits on a listed 版面, and no two share a slot. */
function checkPlacement(compiled: CompiledArticle[], pages: Set<number>, problems: Problems): void {
  const ids = new Map<string, string>()
  const slots = new Map<string, string>()
  for (const { file, article: a, lineOf } of compiled) {
    const other = ids.get(a.id)
    if (other) problems.add(file, `id“${a.id}”已经被 ${basename(other)} 用了`, { field: 'id', line: lineOf('id') })
    ids.set(a.id, file)
    if (!pages.has(a.page)) {
      problems.add(file, `第 ${a.page} 版不在 issue.yaml 里（那里有 ${[...pages].join('、')} 版）`, {
        field: 'page',
        line: lineOf('page'),
      })
    }
    const slot = `${a.page}/${a.order}`
    const taken = slots.get(slot)
    if (taken)
      problems.add(file, `第 ${a.page} 版的 order ${a.order} 已经被 ${basename(taken)} 用了`, {
        field: 'order',
        line: lineOf('order'),
      })
    slots.set(slot, file)
  }
}
