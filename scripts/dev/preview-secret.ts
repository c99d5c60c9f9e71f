// PREVIEW_SECRET: the key the publisher signs private preview links with and the worker checks them
// by (core/preview-token.ts). Locally it lives in .dev.vars (git-ignored), which wrangler dev gives
// the worker and getPlatformProxy() gives the publisher: scripts/dev/vapid-keys.ts, which
// `npm start`, `npm run types` and `npm run check` run first, adds one where there is none; one
// already there is kept, so the links printed with it stay valid. For production,
// `tsx scripts/dev/preview-secret.ts --print` prints a new one for
// `wrangler secret put PREVIEW_SECRET --env production`, and the publisher takes the same value
// from its environment (PREVIEW_SECRET=… npm run publish -- --remote).
import { appendFile, readFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import { pathToFileURL } from 'node:url'

const FILE = resolve(import.meta.dirname, '../../.dev.vars')
const NAME = 'PREVIEW_SECRET'

/** 32 random bytes, base64url: as strong as HMAC-SHA-256 takes. */
export const newSecret = () => Buffer.from(crypto.getRandomValues(new Uint8Array(32))).toString('base64url')

/** The names set in a .dev.vars text (KEY=value lines; # comments). */
export const namesIn = (text: string) =>
  new Set(
    text
      .split('\n')
      .map((line) => /^\s*([A-Za-z_][A-Za-z0-9_]*)\s*=/.exec(line)?.[1])
      .filter((name) => name !== undefined),
  )

/** Adds PREVIEW_SECRET to .dev.vars unless it is there. */
export async function ensurePreviewSecret(): Promise<void> {
  const text = await readFile(FILE, 'utf8').catch(() => '')
  if (namesIn(text).has(NAME)) return
  const lines = [
    '# Private preview links (npm run publish) on this machine only: made by scripts/dev/preview-secret.ts.',
  ]
  await appendFile(
    FILE,
    `${text && !text.endsWith('\n') ? '\n' : ''}${[...lines, `${NAME}=${newSecret()}`].join('\n')}\n`,
    {
      mode: 0o600,
    },
  )
  console.log('.dev.vars: new PREVIEW_SECRET for preview links')
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  if (process.argv.includes('--print')) console.log(`${NAME}=${newSecret()}`)
  else await ensurePreviewSecret()
}
