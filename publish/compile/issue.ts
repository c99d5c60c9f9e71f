// One issue folder: issue.yaml + one Markdown file per article → an Issue and its Articles.
import { readdir } from 'node:fs/promises'
import { basename, join } from 'node:path'
import type { Article, Issue } from '../../core/model'
import { IssueFile } from '../schema'
import { compileArticle, type CompiledArticle } from './article'
import { parseYaml } from './yaml-data'
import { readText } from './read-text'
import { versionOf } from './version'
import type { Problems } from './problems'

export interface CompiledIssue {
  issue: Issue
  articles: Article[]
  /** Every compiled article with its source positions, for the typography lint. */
  sources: CompiledArticle[]
}

export async function compileIssue(dir: string, problems: Problems): Promise<CompiledIssue | undefined> {
  const folderDate = basename(dir)
  const issueFile = join(dir, 'issue.yaml')
  const names = (await readdir(dir)).sort()
  if (!names.includes('issue.yaml')) {
    problems.add(issueFile, 'is missing: every issue folder needs one (date and 版面 list)')
    return undefined
  }
  const source = await readText(issueFile, problems)
  const parsed = source === undefined ? undefined : parseYaml(source, IssueFile, issueFile, problems)
  if (!parsed) return undefined
  const meta = parsed.value
  if (meta.date !== folderDate) {
    problems.add(issueFile, `is ${meta.date} but the folder is named ${folderDate}`, {
      field: 'date',
      line: parsed.lineOfField(['date']),
    })
  }
  const pageNumbers = new Set<number>()
  meta.pages.forEach((p, i) => {
    if (pageNumbers.has(p.number))
      problems.add(issueFile, `版面 ${p.number} is listed twice`, {
        field: `pages.${i}.number`,
        line: parsed.lineOfField(['pages', i, 'number']),
      })
    pageNumbers.add(p.number)
  })

  const compiled: CompiledArticle[] = []
  for (const name of names.filter((n) => n.endsWith('.md'))) {
    const a = await compileArticle(join(dir, name), meta.date, problems)
    if (a) compiled.push(a)
  }
  if (compiled.length === 0 && !names.some((n) => n.endsWith('.md'))) problems.add(dir, 'has no articles (*.md)')
  checkPlacement(compiled, pageNumbers, problems)

  const articles = compiled.map((c) => c.article).sort((a, b) => a.page - b.page || a.order - b.order)
  const pages = [...meta.pages]
    .sort((a, b) => a.number - b.number)
    .map((p) => ({
      number: p.number,
      name: p.name,
      editors: p.editors,
      articles: articles.filter((a) => a.page === p.number).map(({ body: _body, ...summary }) => summary),
    }))
  const content = { date: meta.date, ...(meta.number === undefined ? {} : { number: meta.number }), pages }
  return { issue: { ...content, version: versionOf(content) }, articles, sources: compiled }
}

/** Ids are unique in an issue, every article sits on a listed 版面, and no two share a slot. */
function checkPlacement(compiled: CompiledArticle[], pages: Set<number>, problems: Problems): void {
  const ids = new Map<string, string>()
  const slots = new Map<string, string>()
  for (const { file, article: a, lineOf } of compiled) {
    const other = ids.get(a.id)
    if (other)
      problems.add(file, `id "${a.id}" is already used by ${basename(other)}`, { field: 'id', line: lineOf('id') })
    ids.set(a.id, file)
    if (!pages.has(a.page)) {
      problems.add(file, `版面 ${a.page} is unknown: issue.yaml lists ${[...pages].join(', ')}`, {
        field: 'page',
        line: lineOf('page'),
      })
    }
    const slot = `${a.page}/${a.order}`
    const taken = slots.get(slot)
    if (taken)
      problems.add(file, `order ${a.order} on 版面 ${a.page} is already taken by ${basename(taken)}`, {
        field: 'order',
        line: lineOf('order'),
      })
    slots.set(slot, file)
  }
}
