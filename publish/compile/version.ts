// Versions are derived from content, so the same content always lands on the same KV keys.
import { createHash } from 'node:crypto'

export function versionOf(value: unknown): string {
  return createHash('sha256').update(JSON.stringify(value)).digest('hex').slice(0, 12)
}
