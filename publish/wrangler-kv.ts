// Workers KV through wrangler's own commands, in as few processes as it takes.
import type { KvEntry } from '../core/kv-keys'
import { scratchFile } from './scratch'
import { type Target, wrangler } from './wrangler'

/** One `kv bulk put` at most this much: wrangler sends a bulk write as one request. */
const BULK_BYTES = 50 * 1024 * 1024
const BULK_ENTRIES = 5000

let files = 0

export class WranglerKv {
  constructor(private readonly target: Target) {}

  private run(args: string[]) {
    return wrangler(['kv', ...args, '--binding', 'KV'], this.target, `kv ${args.slice(0, 2).join(' ')}`)
  }

  async getText(key: string): Promise<string | null> {
    const out = await this.run(['key', 'get', key, '--text'])
    return out.trim() === 'Value not found' ? null : out
  }

  /** Writes all entries with `wrangler kv bulk put`, in as few as it takes. */
  async bulkPut(entries: KvEntry[]): Promise<void> {
    let batch: KvEntry[] = []
    let bytes = 0
    const flush = async () => {
      if (batch.length === 0) return
      await this.run(['bulk', 'put', scratchFile(`bulk-${++files}.json`, JSON.stringify(batch))])
      batch = []
      bytes = 0
    }
    for (const e of entries) {
      const size = e.key.length + e.value.length * 3
      if (batch.length >= BULK_ENTRIES || (batch.length > 0 && bytes + size > BULK_BYTES)) await flush()
      batch.push(e)
      bytes += size
    }
    await flush()
  }

  async put(key: string, value: string): Promise<void> {
    await this.run(['key', 'put', key, '--path', scratchFile(`value-${++files}`, value)])
  }

  async bulkDelete(keys: string[]): Promise<void> {
    if (keys.length === 0) return
    await this.run(['bulk', 'delete', scratchFile(`delete-${++files}.json`, JSON.stringify(keys)), '--force'])
  }
}
