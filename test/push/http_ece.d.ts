// The part of http_ece (RFC 8188 and the Web Push profile of RFC 8291) the tests use: decrypting a
// push as the receiving browser does, with its ECDH private key and authentication secret.
declare module 'http_ece' {
  import type { ECDH } from 'node:crypto'

  interface DecryptParameters {
    version: 'aes128gcm'
    /** The receiver's key pair (the subscription's p256dh is its public half). */
    privateKey: ECDH
    /** The subscription's auth secret, base64url. */
    authSecret: string
  }

  const ece: { decrypt(buffer: Buffer, parameters: DecryptParameters): Buffer }
  export default ece
}
