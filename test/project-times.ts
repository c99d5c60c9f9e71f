// A vitest reporter that prints, at the end of a run, how long each project took: from its first
// test file's start to its last one's end (projects overlap: node and worker run side by side).
import type { Reporter, TestModule } from 'vitest/node'

export default class ProjectTimes implements Reporter {
  private spans = new Map<string, { start: number; end: number; files: number }>()

  onTestModuleStart(module: TestModule): void {
    const name = module.project.name
    const span = this.spans.get(name) ?? { start: Date.now(), end: Date.now(), files: 0 }
    this.spans.set(name, span)
  }

  onTestModuleEnd(module: TestModule): void {
    const span = this.spans.get(module.project.name)
    if (!span) return
    span.end = Date.now()
    span.files++
  }

  onTestRunEnd(): void {
    const lines = [...this.spans].map(
      ([name, s]) => `  ${name.padEnd(8)} ${((s.end - s.start) / 1000).toFixed(1).padStart(6)} s  (${s.files} files)`,
    )
    if (lines.length > 0) console.log(`\ntime per project, first file's start to last file's end:\n${lines.join('\n')}`)
  }
}
