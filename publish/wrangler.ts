// Runs the pinned wrangler for the publisher: local state for dev and tests, the real Cloudflare
// resources only with --remote. No Cloudflare API client of our own.
import { execFile } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'

const run = promisify(execFile)
/** The pinned wrangler, offline for local work; ZZRB_WRANGLER names another command (e.g. one that fails). */
const WRANGLER = process.env.ZZRB_WRANGLER ?? fileURLToPath(new URL('../scripts/wrangler', import.meta.url))

export interface Target {
  remote: boolean
  /** Local state folder (wrangler's --persist-to); default .wrangler/state. */
  persistTo?: string | undefined
  /** The wrangler.toml that names the bindings. */
  config?: string | undefined
}

export class WranglerError extends Error {
  constructor(
    readonly command: string,
    readonly output: string,
  ) {
    super(`wrangler ${command} failed: ${output}`)
  }
}

/** Runs `wrangler <args>` against the target and returns what it printed. */
export async function wrangler(args: string[], target: Target, name = args.slice(0, 3).join(' ')): Promise<string> {
  const flags = [target.remote ? '--remote' : '--local']
  if (!target.remote && target.persistTo) flags.push('--persist-to', target.persistTo)
  if (target.config) flags.push('--config', target.config)
  try {
    const { stdout } = await run(WRANGLER, [...args, ...flags], {
      env: { ...process.env, NO_COLOR: '1', CI: 'true' },
      maxBuffer: 512 * 1024 * 1024,
    })
    return stdout
  } catch (e) {
    const err = e as { stderr?: string; stdout?: string; message: string }
    throw new WranglerError(name, (err.stderr || err.stdout || err.message).trim())
  }
}
