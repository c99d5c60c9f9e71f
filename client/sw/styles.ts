/// <reference lib="webworker" />
// The stylesheets pages link (core/ui/styles/linked.ts), answered from this worker's own copy:
// the same text the worker serves, so a kept page looks the same offline and nothing is fetched.
import { linkedSheet } from '../../core/ui/styles/linked'

export function linkedStyles(path: string): Response | undefined {
  const css = linkedSheet(path)
  return css === undefined ? undefined : new Response(css, { headers: { 'Content-Type': 'text/css; charset=utf-8' } })
}
