// The content folder → issues compiled, or a ContentError listing every problem by file, line
// and field. Every check a publish makes on content is here, in one path that the publisher
// (readContent, then compileDays over the days whose files changed) and npm run lint:content
// (compileContent: the same over every day) share, so the lint passes exactly what a publish takes.
import * as v from 'valibot'
import type { Paper } from '../../core/model'
import { checkSchedules, type DateRules } from '../schedule'
import { PaperFile } from '../schema'
import { type DaySource, listSources, type Sources } from '../sources'
import { CAPS } from './caps'
import { type CompiledFlash, compileFlash } from './flash'
import { type CompiledIssue, compileIssue } from './issue'
import { type Problem, Problems } from './problems'
import { readText } from './read-text'
import { lintTypography } from './typography'
import { issueMessage } from './yaml-data'

export type PaperInput = v.InferOutput<typeof PaperFile>

/** The content folder listed and its masthead read: what a publish starts from. */
export interface Content extends Sources {
  paper: PaperInput
}

export interface CompiledContent {
  paper: Paper
  /** Oldest first. */
  issues: CompiledIssue[]
  /** 快讯, by file name. */
  flash: CompiledFlash[]
  sources: Sources
  /** What was published all the same but an editor should know (a story not found on its printed page). */
  warnings: Problem[]
}

/** Lists the content folder and reads paper.json; throws a ContentError on any problem. */
export async function readContent(contentDir: string): Promise<Content> {
  const problems = new Problems()
  const sources = await listSources(contentDir, problems)
  const paper = sources.paperFile ? await readPaper(sources.paperFile, problems) : undefined
  problems.throwIfAny()
  return { ...sources, paper: paper! }
}

/** Every day of the folder compiled and checked as a publish checks it, at `now`. */
export async function compileContent(contentDir: string, now = new Date()): Promise<CompiledContent> {
  const content = await readContent(contentDir)
  const problems = new Problems()
  const issues = await compileDays(content.days, { now, firstIssue: content.paper.firstIssue }, problems)
  const flash = await compileFlash(content.flash, problems)
  problems.throwIfAny()
  const { paper, ...sources } = content
  const { firstIssue: _firstIssue, ...masthead } = paper
  return { paper: masthead, issues, flash, sources, warnings: problems.warnings }
}

/** The given days, compiled, linted and their dates checked; their problems added. */
export async function compileDays(days: DaySource[], rules: DateRules, problems: Problems): Promise<CompiledIssue[]> {
  const issues: CompiledIssue[] = []
  for (const day of days) {
    const issue = await compileIssue(day, problems)
    if (issue) issues.push(issue)
  }
  for (const issue of issues) for (const s of issue.sources) lintTypography(s.file, s.texts, problems)
  checkSchedules(issues, rules, problems)
  return issues
}

async function readPaper(file: string, problems: Problems): Promise<PaperInput | undefined> {
  const text = await readText(file, problems, { bytes: CAPS.paperBytes, what: ' paper.json ' })
  if (text === undefined) return undefined
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch (e) {
    problems.add(file, `不是有效的 JSON（${(e as Error).message}）：检查逗号、引号和括号，标点要用英文的`)
    return undefined
  }
  const result = v.safeParse(PaperFile, json)
  if (!result.success)
    for (const i of result.issues) problems.add(file, issueMessage(i), { field: v.getDotPath(i) ?? undefined })
  return result.success ? result.output : undefined
}
