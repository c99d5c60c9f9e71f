// What the service worker and the page tell the status bar, through one small store.
import type { Kept } from '../offline/kept'

export interface Status {
  online: boolean
  kept: Kept | null
  updateReady: boolean
  newIssue: { date: string; articles: number } | null
  notice: string | null
  /** Bumped whenever the kept issues change, so views of them re-read the record. */
  keptChanged: number
}

type Listener = (s: Status) => void
let state: Status = { online: true, kept: null, updateReady: false, newIssue: null, notice: null, keptChanged: 0 }
const listeners = new Set<Listener>()

export const status = {
  get: () => state,
  set(patch: Partial<Status>) {
    state = { ...state, ...patch }
    for (const l of listeners) l(state)
  },
  subscribe(l: Listener) {
    listeners.add(l)
    return () => void listeners.delete(l)
  },
}
