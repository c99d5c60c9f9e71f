// When an issue goes live: 06:00 Beijing time on its date, unless issue.yaml's publishAt its editors
// set. The dates an issue may carry are guarded, in Beijing time, the newsroom's own: none before
// the paper's first issue (paper.json firstIssue), and none more than DAYS_AHEAD days after today
// unless scheduled on purpose, so a mistyped year can never pin the front page or wait in the
// ledger unseen. A publishAt may not come more than DAYS_AHEAD days before its issue's date: so a
// publishAt already past never lifts the guard on a date far ahead.
import { publishedIso } from '../core/dates'
import { beijingTime } from './beijing-time'
import type { CompiledIssue } from './compile/issue'
import type { Problems } from './compile/problems'

/** How far ahead of today (Beijing) a date may be without a publishAt. */
export const DAYS_AHEAD = 3
const DAY_MS = 86_400_000
const BEIJING_MS = 8 * 3_600_000

/** What an issue's dates are checked against. */
export interface DateRules {
  now: Date
  /** The paper's first issue (paper.json firstIssue). */
  firstIssue: string
}

/** The day in Beijing at a moment. */
const beijingDay = (ms: number) => new Date(ms + BEIJING_MS).toISOString().slice(0, 10)
const daysBetween = (from: string, to: string) => Math.round((Date.parse(to) - Date.parse(from)) / DAY_MS)

/** The moment (UTC, ISO) the issue goes live. */
export const publishAtOf = (issue: CompiledIssue) =>
  new Date(issue.publishAt ?? publishedIso(issue.issue.date)).toISOString()

/** Refuses dates before the first issue, and dates too far ahead that nobody scheduled on purpose. */
export function checkSchedules(issues: CompiledIssue[], rules: DateRules, problems: Problems): void {
  const today = beijingDay(rules.now.getTime())
  for (const i of issues) {
    const { date } = i.issue
    const at = { field: 'date', line: i.lineOf(['date']) }
    if (date < rules.firstIssue) {
      problems.add(i.issueFile, `早于数字版第一期（${rules.firstIssue}，paper.json 的 firstIssue）：年份写对了吗？`, at)
      continue
    }
    const ahead = daysBetween(today, date)
    if (i.publishAt !== undefined) {
      const early = daysBetween(beijingDay(Date.parse(i.publishAt)), date)
      if (early > DAYS_AHEAD)
        problems.add(
          i.issueFile,
          `${beijingTime(i.publishAt)}比这一期的日期 ${date} 早 ${early} 天：一期最多只能提前 ${DAYS_AHEAD} 天上线，` +
            '年份写对了吗？',
          { field: 'publishAt', line: i.lineOf(['publishAt']) },
        )
    } else if (ahead > DAYS_AHEAD) {
      problems.add(
        i.issueFile,
        `比今天（${today}，北京时间）晚 ${ahead} 天：如果不是笔误，要提前安排，请在 issue.yaml 里写明 ` +
          `publishAt: ${publishedIso(date)}`,
        at,
      )
    }
  }
}
