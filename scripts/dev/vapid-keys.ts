// VAPID keys (RFC 8292) for Web Push. `npm start` runs this first: where .dev.vars (git-ignored;
// wrangler dev reads it) has no VAPID keys, it adds a new pair and a contact; keys already there are
// kept, so the subscriptions made with them stay valid. `--print` only prints a new pair, for
// production (README, "Going live"): the public key goes into wrangler.toml, the private key into
// `wrangler secret put VAPID_PRIVATE_KEY --env production`.
import { appendDevVars, namesIn, readDevVars } from './dev-vars'
import { ensurePreviewSecret } from './preview-secret'

const NAMES = ['VAPID_PUBLIC_KEY', 'VAPID_PRIVATE_KEY', 'VAPID_SUBJECT'] as const
/** Local only: push services never see it (Apple refuses a localhost contact, and no push leaves this machine). */
const LOCAL_SUBJECT = 'mailto:webmaster@localhost'

/** A new P-256 key pair as the Push API and the library take it: the public point and the private scalar, base64url. */
export async function newKeyPair(): Promise<{ publicKey: string; privateKey: string }> {
  const pair = await crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, true, ['sign', 'verify'])
  const jwk = await crypto.subtle.exportKey('jwk', pair.privateKey)
  const raw = Buffer.from(await crypto.subtle.exportKey('raw', pair.publicKey))
  return { publicKey: raw.toString('base64url'), privateKey: jwk.d! }
}

async function main(): Promise<void> {
  if (process.argv.includes('--print')) {
    const { publicKey, privateKey } = await newKeyPair()
    console.log(`VAPID_PUBLIC_KEY=${publicKey}\nVAPID_PRIVATE_KEY=${privateKey}`)
    return
  }
  // The preview links' key lives beside the VAPID keys, made by the same step.
  await ensurePreviewSecret()
  const text = await readDevVars()
  const present = namesIn(text)
  const have = NAMES.filter((name) => present.has(name))
  if (have.length === NAMES.length) return
  if (present.has('VAPID_PUBLIC_KEY') || present.has('VAPID_PRIVATE_KEY')) {
    // Half a pair cannot be completed: a new private key would not match the public key there.
    console.error(`.dev.vars has ${have.join(' and ')} but not ${NAMES.filter((n) => !present.has(n)).join(' or ')}:`)
    console.error('remove the VAPID lines from .dev.vars, and npm start makes a new pair.')
    process.exit(1)
  }
  const { publicKey, privateKey } = await newKeyPair()
  const lines = [
    '# Web Push (快讯提醒) on this machine only: made by scripts/dev/vapid-keys.ts. A new pair means',
    '# subscribing again in 设置.',
    `VAPID_PUBLIC_KEY=${publicKey}`,
    `VAPID_PRIVATE_KEY=${privateKey}`,
    ...(present.has('VAPID_SUBJECT') ? [] : [`VAPID_SUBJECT=${LOCAL_SUBJECT}`]),
  ]
  await appendDevVars(text, lines)
  console.log('.dev.vars: new VAPID keys for local Web Push')
}

await main()
