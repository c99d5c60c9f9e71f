// Every refusal names the file, the line or field, and what is wrong, so an editor can fix it.
import { relative } from 'node:path'

export interface Problem {
  file: string
  line?: number
  field?: string
  message: string
}

export class ContentError extends Error {
  constructor(readonly problems: Problem[]) {
    super(`内容里有 ${problems.length} 处问题：\n${problems.map(formatProblem).join('\n')}`)
    this.name = 'ContentError'
  }
}

export function formatProblem(p: Problem): string {
  // file:line, as editors' text editors open it at that line.
  const where = p.line === undefined ? p.file : `${p.file}:${p.line}`
  return p.field === undefined ? `${where}：${p.message}` : `${where} 字段 ${p.field}：${p.message}`
}

/** Collects problems while compiling; paths are shown relative to the working directory. */
export class Problems {
  readonly list: Problem[] = []
  /** What is published all the same, but an editor should know (a story not found on its printed page). */
  readonly warnings: Problem[] = []

  add(file: string, message: string, where: { line?: number | undefined; field?: string | undefined } = {}): void {
    const p: Problem = { file: relative(process.cwd(), file) || file, message }
    if (where.line !== undefined) p.line = where.line
    if (where.field !== undefined) p.field = where.field
    this.list.push(p)
  }

  warn(file: string, message: string, where: { line?: number | undefined; field?: string | undefined } = {}): void {
    this.add(file, message, where)
    this.warnings.push(this.list.pop()!)
  }

  throwIfAny(): void {
    if (this.list.length > 0) throw new ContentError(this.list)
  }
}
