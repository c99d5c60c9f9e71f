// A push subscription as a browser makes one (the Push API's PushManager.subscribe): an ECDH key
// pair on P-256, whose public half is `p256dh`, and a 16-byte authentication secret, `auth`. Only
// the subscriber holds the private key, so only it can read what is pushed to it; here it decrypts
// with http_ece, as an independent implementation of RFC 8291's receiving side.
import { createECDH, type ECDH, randomBytes } from 'node:crypto'
import ece from 'http_ece'

/** PushSubscription.toJSON(): what the page posts to /api/push/subscriptions. */
export interface PushSubscriptionJson {
  endpoint: string
  expirationTime: number | null
  keys: { p256dh: string; auth: string }
}

export class Subscriber {
  private readonly ecdh: ECDH = createECDH('prime256v1')
  private readonly auth = randomBytes(16)

  constructor(readonly endpoint: string) {
    this.ecdh.generateKeys()
  }

  /** What the browser hands the page. */
  json(): PushSubscriptionJson {
    return {
      endpoint: this.endpoint,
      expirationTime: null,
      keys: { p256dh: this.ecdh.getPublicKey('base64url'), auth: this.auth.toString('base64url') },
    }
  }

  /** A push's body (Content-Encoding: aes128gcm) as the browser reads it; throws if it does not decrypt. */
  decrypt(body: Uint8Array): Buffer {
    return ece.decrypt(Buffer.from(body), {
      version: 'aes128gcm',
      privateKey: this.ecdh,
      authSecret: this.auth.toString('base64url'),
    })
  }
}
