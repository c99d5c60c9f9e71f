// When an issue goes live: at 06:00 Beijing time on its date, or at the publishAt its editors
// set. A date far ahead is a typo until proved otherwise: it is refused unless scheduled on
// purpose, so a mistyped year can never pin the front page or wait in the ledger unseen.
import { publishedIso } from '../core/dates'
import type { CompiledIssue } from './compile/issue'
import type { Problems } from './compile/problems'

/** How far ahead of today (Beijing) a date may be without a publishAt. */
export const DAYS_AHEAD = 3
const DAY_MS = 86_400_000

/** Today's date in Beijing. */
const beijingToday = (now: Date) => new Date(now.getTime() + 8 * 3_600_000).toISOString().slice(0, 10)

/** The moment (UTC, ISO) the issue goes live. */
export const publishAtOf = (issue: CompiledIssue) =>
  new Date(issue.publishAt ?? publishedIso(issue.issue.date)).toISOString()

/** Refuses dates too far ahead that nobody scheduled on purpose. */
export function checkSchedules(issues: CompiledIssue[], now: Date, problems: Problems): void {
  const today = beijingToday(now)
  for (const i of issues) {
    const ahead = Math.round((Date.parse(i.issue.date) - Date.parse(today)) / DAY_MS)
    if (ahead > DAYS_AHEAD && i.publishAt === undefined) {
      problems.add(
        i.issueFile,
        `is ${ahead} days after today (${today}): if that is no typo, schedule it on purpose with ` +
          `publishAt: ${publishedIso(i.issue.date)}`,
        { field: 'date', line: i.lineOf(['date']) },
      )
    }
  }
}
