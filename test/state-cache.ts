// Published local states, kept between test files and runs, named by what made them: every file
// of the content and of the publisher's code (publish/, core/, migrations/, the lock file). A test
// that needs content published gets a fresh copy; the content is published once per change, by
// the real publisher, into node_modules/.cache. A clean clone starts with none.
import { execFile } from 'node:child_process'
import { createHash } from 'node:crypto'
import { cp, mkdir, mkdtemp, readdir, readFile, rename, rm, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { promisify } from 'node:util'

const run = promisify(execFile)
const CACHE = 'node_modules/.cache/zzrb-states'
const CODE = ['publish', 'core', 'migrations', 'scripts/publish.mjs', 'wrangler.toml', 'package-lock.json']

async function hashTree(hash: ReturnType<typeof createHash>, path: string, root: string): Promise<void> {
  if ((await stat(path)).isDirectory()) {
    for (const name of (await readdir(path)).sort()) await hashTree(hash, join(path, name), root)
    return
  }
  hash.update(`${relative(root, path)}\0`).update(await readFile(path))
}

/** The name of a state: the content's files and the publisher's code, hashed. */
export async function stateKey(content: string): Promise<string> {
  const hash = createHash('sha256')
  await hashTree(hash, content, content)
  for (const path of CODE) await hashTree(hash, path, '.')
  return hash.digest('hex').slice(0, 24)
}

const exists = (path: string) =>
  stat(path).then(
    () => true,
    () => false,
  )
/** A lock older than this was left by a run that was killed: it is taken over. */
const STALE_LOCK_MS = 180_000

/**
 * Publishes `content` into a state kept in the cache, once; returns its folder. Files that ask for
 * the same content at once (many do, as a run starts) wait for the one that took its lock.
 */
async function cached(content: string): Promise<string> {
  const dir = join(CACHE, await stateKey(content))
  await mkdir(CACHE, { recursive: true })
  const lock = `${dir}.lock`
  for (;;) {
    if (await exists(dir)) return dir
    if (
      await mkdir(lock).then(
        () => true,
        () => false,
      )
    )
      break
    const age = Date.now() - ((await stat(lock).catch(() => undefined))?.mtimeMs ?? Date.now())
    if (age > STALE_LOCK_MS) await rm(lock, { recursive: true, force: true })
    else await new Promise((r) => setTimeout(r, 200))
  }
  try {
    // Published beside it, then renamed into place: a file that asks at once never sees half a state.
    const fresh = await mkdtemp(`${dir}.`)
    await run(process.execPath, ['scripts/publish.mjs', '--persist-to', fresh, '--content', content])
    await rename(fresh, dir).catch(() => rm(fresh, { recursive: true, force: true }))
    return dir
  } finally {
    await rm(lock, { recursive: true, force: true })
  }
}

/** A new local state folder holding `content` as published, for one test to change as it likes. */
export async function publishedCopy(content = 'content', prefix = 'zzrb-kv-'): Promise<string> {
  const source = await cached(content)
  const copy = await mkdtemp(join(tmpdir(), prefix))
  await cp(source, copy, { recursive: true })
  return copy
}
