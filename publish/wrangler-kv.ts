// Workers KV through wrangler's own commands: local state for dev and tests, the real namespace
// only with --remote. No Cloudflare API client of our own.
import { execFile } from 'node:child_process'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import type { KvEntry } from '../core/kv-keys'

const run = promisify(execFile)
/** The pinned wrangler, offline for local work; ZZRB_WRANGLER names another command (e.g. one that fails). */
const WRANGLER = process.env.ZZRB_WRANGLER ?? fileURLToPath(new URL('../scripts/wrangler', import.meta.url))

export interface KvTarget {
  remote: boolean
  /** Local state folder (wrangler's --persist-to); default .wrangler/state. */
  persistTo?: string
  /** wrangler.toml to read the KV binding from. */
  config?: string
}

export class WranglerKv {
  constructor(private readonly target: KvTarget) {}

  async getJson<T>(key: string): Promise<T | null> {
    const out = await this.wrangler(['kv', 'key', 'get', key])
    if (out.trim() === 'Value not found') return null
    return JSON.parse(out) as T
  }

  /** Writes all entries with one `wrangler kv bulk put`. */
  async bulkPut(entries: KvEntry[]): Promise<void> {
    if (entries.length === 0) return
    await this.withFile(JSON.stringify(entries), (file) => this.wrangler(['kv', 'bulk', 'put', file]))
  }

  async put(key: string, value: string): Promise<void> {
    await this.withFile(value, (file) => this.wrangler(['kv', 'key', 'put', key, '--path', file]))
  }

  async delete(key: string): Promise<void> {
    await this.wrangler(['kv', 'key', 'delete', key])
  }

  private async withFile(content: string, use: (file: string) => Promise<unknown>): Promise<void> {
    const dir = await mkdtemp(join(tmpdir(), 'zzrb-publish-'))
    try {
      const file = join(dir, 'value.json')
      await writeFile(file, content)
      await use(file)
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  }

  private async wrangler(args: string[]): Promise<string> {
    const { remote, persistTo, config } = this.target
    const flags = ['--binding', 'KV', remote ? '--remote' : '--local']
    if (!remote && persistTo) flags.push('--persist-to', persistTo)
    if (config) flags.push('--config', config)
    try {
      const { stdout } = await run(WRANGLER, [...args, ...flags], {
        env: { ...process.env, NO_COLOR: '1' },
        maxBuffer: 64 * 1024 * 1024,
      })
      return stdout
    } catch (e) {
      const err = e as { stderr?: string; stdout?: string; message: string }
      throw new Error(
        `wrangler ${args.slice(0, 3).join(' ')} failed: ${(err.stderr || err.stdout || err.message).trim()}`,
      )
    }
  }
}
