// The whole content folder → every issue compiled, or a ContentError listing every problem.
import { readdir, stat } from 'node:fs/promises'
import { join } from 'node:path'
import * as v from 'valibot'
import type { Paper } from '../../core/model'
import { isDate } from '../../core/rules'
import { PaperFile } from '../schema'
import { compileIssue, type CompiledIssue } from './issue'
import { Problems } from './problems'
import { readText } from './read-text'
import { lintTypography } from './typography'

export interface CompiledContent {
  paper: Paper
  /** Oldest first. */
  issues: CompiledIssue[]
}

export async function compileContent(contentDir: string): Promise<CompiledContent> {
  const problems = new Problems()
  const paper = await readPaper(join(contentDir, 'paper.json'), problems)
  const issuesDir = join(contentDir, 'issues')
  const folders = await readdir(issuesDir).catch(() => undefined)
  if (!folders) problems.add(issuesDir, 'is missing: put each issue in issues/YYYY-MM-DD/')

  const issues: CompiledIssue[] = []
  for (const name of (folders ?? []).sort()) {
    const dir = join(issuesDir, name)
    if (!(await stat(dir)).isDirectory()) continue
    if (!isDate(name)) {
      problems.add(dir, 'is not an issue folder: name it by its date, YYYY-MM-DD (a real calendar day)')
      continue
    }
    const issue = await compileIssue(dir, problems)
    if (issue) issues.push(issue)
  }
  if (folders && folders.length === 0) problems.add(issuesDir, 'holds no issue')
  for (const issue of issues) for (const s of issue.sources) lintTypography(s.file, s.texts, problems)
  problems.throwIfAny()
  return { paper: paper!, issues }
}

async function readPaper(file: string, problems: Problems): Promise<Paper | undefined> {
  const text = await readText(file, problems).catch(() => {
    problems.add(file, 'is missing: the masthead settings (name, locale, baseUrl)')
    return undefined
  })
  if (text === undefined) return undefined
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch (e) {
    problems.add(file, `is not valid JSON: ${(e as Error).message}`)
    return undefined
  }
  const result = v.safeParse(PaperFile, json)
  if (!result.success)
    for (const i of result.issues) problems.add(file, i.message, { field: v.getDotPath(i) ?? undefined })
  return result.success ? result.output : undefined
}
