// R2 through wrangler's own commands: the photos' renditions, written in bulk, one call per type
// (a bulk write gives every object the same Content-Type).
import { scratchFile } from './scratch'
import { type Target, wrangler } from './wrangler'

/** The bucket's name in wrangler.toml. */
const BUCKET = 'zzrb-photos'

let files = 0

export interface R2Object {
  key: string
  type: string
  bytes: Uint8Array
}

export class WranglerR2 {
  constructor(private readonly target: Target) {}

  async bulkPut(objects: R2Object[]): Promise<void> {
    for (const type of new Set(objects.map((o) => o.type))) {
      const group = objects.filter((o) => o.type === type)
      const list = group.map((o) => ({ key: o.key, file: scratchFile(`r2-${++files}`, o.bytes) }))
      const listFile = scratchFile(`r2-bulk-${++files}.json`, JSON.stringify(list))
      await wrangler(
        ['r2', 'bulk', 'put', BUCKET, '--filename', listFile, '--content-type', type],
        this.target,
        'r2 bulk put',
      )
    }
  }
}
