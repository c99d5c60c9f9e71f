// PREVIEW_SECRET: the key the publisher signs private preview links with and the worker checks them
// by (core/preview-token.ts). Locally it lives in .dev.vars (git-ignored), which wrangler dev gives
// the worker and getPlatformProxy() gives the publisher: scripts/dev/vapid-keys.ts, which
// `npm start`, `npm run types` and `npm run check` run first, adds one where there is none; one
// already there is kept, so the links printed with it stay valid. For production,
// `tsx scripts/dev/preview-secret.ts --print` prints a new one for
// `wrangler secret put PREVIEW_SECRET --env production`, and the publisher takes the same value
// from its environment (PREVIEW_SECRET=… npm run publish -- --remote).
import { pathToFileURL } from 'node:url'
import { appendDevVars, namesIn, readDevVars } from './dev-vars'

const NAME = 'PREVIEW_SECRET'

/** 32 random bytes, base64url: as strong as HMAC-SHA-256 takes. */
export const newSecret = () => Buffer.from(crypto.getRandomValues(new Uint8Array(32))).toString('base64url')

/** Adds PREVIEW_SECRET to .dev.vars unless it is there. */
export async function ensurePreviewSecret(): Promise<void> {
  const text = await readDevVars()
  if (namesIn(text).has(NAME)) return
  await appendDevVars(text, [
    '# Private preview links (npm run publish) on this machine only: made by scripts/dev/preview-secret.ts.',
    `${NAME}=${newSecret()}`,
  ])
  console.log('.dev.vars: new PREVIEW_SECRET for preview links')
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  if (process.argv.includes('--print')) console.log(`${NAME}=${newSecret()}`)
  else await ensurePreviewSecret()
}
