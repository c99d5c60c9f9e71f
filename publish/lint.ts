// npm run lint:content [-- DIR]: every check a publish makes, over every day, with nothing
// written: compileContent is the publisher's own path (compile/content.ts), so what passes here
// a publish takes, and what a publish refuses fails here with the same message.
import { compileContent } from './compile/content'
import { ContentError, formatProblem } from './compile/problems'

const dir = process.argv[2] ?? 'content'
try {
  const { issues, warnings } = await compileContent(dir)
  for (const w of warnings) console.warn(`警告：${formatProblem(w)}`)
  const articles = issues.reduce((n, i) => n + i.articles.length, 0)
  console.log(`内容没有问题：${issues.length} 期，${articles} 篇稿件`)
} catch (e) {
  if (!(e instanceof ContentError)) throw e
  for (const p of e.problems) console.error(formatProblem(p))
  console.error(`共 ${e.problems.length} 处问题`)
  process.exitCode = 1
}
