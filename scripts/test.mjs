// npm test after the build: the type check (tsc -b) and the linter run beside the tests, not before
// them: on two cores they overlap the tests' first seconds (building the worker, starting
// workerd) instead of adding some ten seconds in front. Each prints its own report; any failure
// fails the whole.
import { spawn } from 'node:child_process'

const run = (command, args, quiet) =>
  new Promise((resolve) => {
    const child = spawn(command, args, { stdio: quiet ? ['ignore', 'pipe', 'pipe'] : 'inherit' })
    let out = ''
    if (quiet) for (const stream of [child.stdout, child.stderr]) stream.on('data', (d) => (out += d))
    child.on('exit', (code) => resolve({ name: [command, ...args].join(' '), code: code ?? 1, out }))
  })

const checks = [run('node_modules/.bin/tsc', ['-b'], true), run('node_modules/.bin/biome', ['check', '.'], true)]
const tests = await run('node_modules/.bin/vitest', ['run', ...process.argv.slice(2)], false)
let failed = tests.code !== 0
for (const check of await Promise.all(checks)) {
  console.log(`\n${check.name}: ${check.code === 0 ? 'passed' : 'FAILED'}`)
  if (check.code !== 0) {
    process.stdout.write(check.out)
    failed = true
  }
}
process.exit(failed ? 1 : 0)
