// All KV reads live here. Keys come only from kv-keys (fixed prefixes), never from raw input.
import type { Issue, LatestPointer } from '../publish/schema'
import { LATEST_KEY, issueKey } from '../publish/kv-keys'

export type Latest = { state: 'ok'; pointer: LatestPointer; issueJson: string } | { state: 'empty' } | { state: 'missing'; pointer: LatestPointer }

/** The live issue as the JSON text the publisher wrote, so it can be served without re-encoding. */
export async function readLatestIssue(kv: KVNamespace): Promise<Latest> {
  const pointer = await kv.get<LatestPointer>(LATEST_KEY, 'json')
  if (!pointer) return { state: 'empty' }
  const issueJson = await kv.get(issueKey(pointer.date, pointer.version))
  // KV is eventually consistent: the pointer can arrive at an edge before the issue it names.
  return issueJson === null ? { state: 'missing', pointer } : { state: 'ok', pointer, issueJson }
}

export type { Issue }
