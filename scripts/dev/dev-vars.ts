// .dev.vars (git-ignored): the local secrets wrangler dev gives the worker and getPlatformProxy()
// gives the publisher. The scripts that make them (vapid-keys.ts, preview-secret.ts) read it and
// append to it, never rewrite it, so values already there stay valid.
import { appendFile, readFile } from 'node:fs/promises'
import { resolve } from 'node:path'

const FILE = resolve(import.meta.dirname, '../../.dev.vars')

/** Its text, or '' where there is none yet. */
export const readDevVars = () => readFile(FILE, 'utf8').catch(() => '')

/** The names set in a .dev.vars text (KEY=value lines; # comments). */
export const namesIn = (text: string) =>
  new Set(
    text
      .split('\n')
      .map((line) => /^\s*([A-Za-z_][A-Za-z0-9_]*)\s*=/.exec(line)?.[1])
      .filter((name) => name !== undefined),
  )

/** Appends `lines` after `text` (what was read), on a line of their own, readable by this user only. */
export const appendDevVars = (text: string, lines: string[]) =>
  appendFile(FILE, `${text && !text.endsWith('\n') ? '\n' : ''}${lines.join('\n')}\n`, { mode: 0o600 })
