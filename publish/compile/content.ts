// The content folder → issues compiled, or a ContentError listing every problem by file, line
// and field. The publisher compiles only the days whose files changed (compileDays); the lint
// and the tests compile them all (compileContent).
import * as v from 'valibot'
import type { Paper } from '../../core/model'
import { PaperFile } from '../schema'
import { type DaySource, listSources, type Sources } from '../sources'
import { type CompiledIssue, compileIssue } from './issue'
import { Problems } from './problems'
import { readText } from './read-text'
import { lintTypography } from './typography'

export interface CompiledContent {
  paper: Paper
  /** Oldest first. */
  issues: CompiledIssue[]
  sources: Sources
}

export async function compileContent(contentDir: string): Promise<CompiledContent> {
  const problems = new Problems()
  const sources = await listSources(contentDir, problems)
  const paper = sources.paperFile ? await readPaper(sources.paperFile, problems) : undefined
  if (sources.days.length === 0 && problems.list.length === 0) problems.add(contentDir, 'holds no issue')
  const issues = await compileDays(sources.days, problems)
  problems.throwIfAny()
  return { paper: paper!, issues, sources }
}

/** The given days, compiled and linted; their problems added. */
export async function compileDays(days: DaySource[], problems: Problems): Promise<CompiledIssue[]> {
  const issues: CompiledIssue[] = []
  for (const day of days) {
    const issue = await compileIssue(day, problems)
    if (issue) issues.push(issue)
  }
  for (const issue of issues) for (const s of issue.sources) lintTypography(s.file, s.texts, problems)
  return issues
}

export async function readPaper(file: string, problems: Problems): Promise<Paper | undefined> {
  const text = await readText(file, problems)
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
