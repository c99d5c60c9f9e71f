// Every article the site and the tests publish (content/ and test/fixtures), read as the compiler
// reads it: its headline, its body's blocks and the summary it would be given; for the tests of
// typesetting (headline breaks, summaries, justified body).
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'yaml'
import type { Block } from '../../core/model'
import { compileBody } from '../../publish/compile/markdown'
import { Problems } from '../../publish/compile/problems'
import { CORRECTED_TITLE } from './readers-see'

export interface ArticleSource {
  file: string
  title: string
  blocks: Block[]
}

const ROOTS = ['content/issues', 'test/fixtures']

/** Headlines the tests give articles in code rather than in files. */
const TITLES_IN_TESTS = [
  CORRECTED_TITLE, // test/node/readers-see.ts
  '荷塘区百余家企业送岗到社区', // test/node/search.test.ts
]

export function articleSources(): ArticleSource[] {
  const files = ROOTS.flatMap((root) =>
    readdirSync(root, { recursive: true, encoding: 'utf8' })
      .filter((f) => /(^|\/)\d{4}-\d{2}-\d{2}\/[^/]+\.md$/.test(f))
      .map((f) => join(root, f)),
  )
  return files.sort().map((file) => {
    const lines = readFileSync(file, 'utf8').split('\n')
    const close = lines.indexOf('---', 1)
    const front = parse(lines.slice(1, close).join('\n')) as { title: string }
    const body = compileBody(lines.slice(close + 1).join('\n'), file, close + 2, new Set(), new Problems())
    return { file, title: front.title, blocks: body.blocks }
  })
}

/** Every headline: the articles' and the tests' own. */
export function allTitles(): string[] {
  return [...new Set([...articleSources().map((a) => a.title), ...TITLES_IN_TESTS])]
}
