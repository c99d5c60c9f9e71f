import { useEffect, useState } from 'preact/hooks'
import { platform } from './platform'
import { type Prefs, readPrefs, writePrefs } from './prefs'

/** The preferences in an island: null until hydrated (the server knows none), and a setter. */
export function usePrefs(): [Prefs | null, (patch: Partial<Prefs>) => void] {
  const [prefs, setPrefs] = useState<Prefs | null>(null)
  useEffect(() => setPrefs(readPrefs()), [])
  const update = (patch: Partial<Prefs>) => {
    const next = { ...(prefs ?? readPrefs()), ...patch }
    writePrefs(next)
    platform().sw?.send({ type: 'prefs', lowData: next.lowData })
    setPrefs(next)
  }
  return [prefs, update]
}
