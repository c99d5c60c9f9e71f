// VAPID (RFC 8292) as a push service checks it: the Authorization field `vapid t=<JWT>, k=<key>`
// names the application server's public key, and the JWT must be an ES256 signature by that key,
// for this push service (`aud`, its origin), not expiring more than 24 hours ahead (`exp`), with a
// contact (`sub`: mailto: or https:).
import { createECDH, webcrypto } from 'node:crypto'

/** A VAPID key pair in the form the worker takes it (base64url: the 65-byte point, the 32-byte scalar). */
export function newVapidKeys(): { publicKey: string; privateKey: string } {
  const ecdh = createECDH('prime256v1')
  ecdh.generateKeys()
  return { publicKey: ecdh.getPublicKey('base64url'), privateKey: ecdh.getPrivateKey('base64url') }
}

export interface VapidClaims {
  aud: string
  exp: number
  sub: string
}

const decodeJson = (part: string) => JSON.parse(Buffer.from(part, 'base64url').toString('utf8')) as unknown

/**
 * Checks an Authorization field against the expected public key and audience; returns the claims,
 * or throws naming what is wrong.
 */
export async function verifyVapid(
  authorization: string | undefined,
  expected: { publicKey: string; audience: string },
  now = Date.now(),
): Promise<VapidClaims> {
  const match = /^vapid t=([\w-]+\.[\w-]+\.[\w-]+), k=([\w-]+)$/.exec(authorization ?? '')
  if (!match) throw new Error(`Authorization is not "vapid t=…, k=…": ${authorization}`)
  const [, token = '', key = ''] = match
  if (key !== expected.publicKey) throw new Error('k is not the application server key')
  const [header = '', payload = '', signature = ''] = token.split('.')
  const head = decodeJson(header) as { alg?: string; typ?: string }
  if (head.alg !== 'ES256') throw new Error(`alg is ${head.alg}, not ES256`)
  const publicKey = await webcrypto.subtle.importKey(
    'raw',
    Buffer.from(key, 'base64url'),
    { name: 'ECDSA', namedCurve: 'P-256' },
    false,
    ['verify'],
  )
  const valid = await webcrypto.subtle.verify(
    { name: 'ECDSA', hash: 'SHA-256' },
    publicKey,
    Buffer.from(signature, 'base64url'),
    Buffer.from(`${header}.${payload}`),
  )
  if (!valid) throw new Error('the JWT signature does not verify with k')
  const claims = decodeJson(payload) as VapidClaims
  if (claims.aud !== expected.audience) throw new Error(`aud is ${claims.aud}, not ${expected.audience}`)
  const seconds = now / 1000
  if (!(claims.exp > seconds)) throw new Error('the JWT has expired')
  if (!(claims.exp <= seconds + 24 * 3600)) throw new Error('exp is more than 24 hours ahead')
  if (!/^(mailto:|https:)/.test(claims.sub ?? '')) throw new Error(`sub is not mailto: or https: (${claims.sub})`)
  return claims
}
