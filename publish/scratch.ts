// The publisher's temporary files (values and SQL handed to wrangler), in one folder per run
// named by the process id. It is removed when the run ends, also when it is interrupted
// (Ctrl-C, SIGTERM); a run killed outright leaves it, and the next run removes it.
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const PREFIX = 'zzrb-publish-'
let dir: string | undefined

const alive = (pid: number) => {
  try {
    process.kill(pid, 0)
    return true
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/** Removes the folders of earlier runs that are no longer running. */
function sweep(): void {
  for (const name of readdirSync(tmpdir())) {
    const pid = Number(name.slice(PREFIX.length))
    if (name.startsWith(PREFIX) && Number.isInteger(pid) && pid !== process.pid && !alive(pid)) {
      rmSync(join(tmpdir(), name), { recursive: true, force: true })
    }
  }
}

export function removeScratch(): void {
  if (dir) rmSync(dir, { recursive: true, force: true })
  dir = undefined
}

/** Writes a temporary file for this run and returns its path. */
export function scratchFile(name: string, content: string | Uint8Array): string {
  if (!dir) {
    sweep()
    dir = join(tmpdir(), `${PREFIX}${process.pid}`)
    mkdirSync(dir, { recursive: true })
  }
  const path = join(dir, name)
  writeFileSync(path, content)
  return path
}

process.on('exit', removeScratch)
