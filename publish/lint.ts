// npm run lint:content [-- DIR]: validate and lint the content without touching KV.
import { compileContent } from './compile/content'
import { ContentError, formatProblem } from './compile/problems'

const dir = process.argv[2] ?? 'content'
try {
  const { issues } = await compileContent(dir)
  const articles = issues.reduce((n, i) => n + i.articles.length, 0)
  console.log(`content OK: ${issues.length} issue(s), ${articles} article(s)`)
} catch (e) {
  if (!(e instanceof ContentError)) throw e
  for (const p of e.problems) console.error(formatProblem(p))
  console.error(`${e.problems.length} problem(s)`)
  process.exitCode = 1
}
