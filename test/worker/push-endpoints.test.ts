// Which endpoints the worker will ever push to (the allow-list), and what it makes of a push
// service's answer: in workerd, the functions themselves.
import { describe, expect, it } from 'vitest'
import { pushEndpoint } from '../../worker/push/endpoints'
import { backoffSeconds, outcomeOf, TOPIC } from '../../worker/push/send'
import { addressOf } from '../../worker/push/subscriptions'

const allowed = (endpoint: string, loopback = false) => pushEndpoint(endpoint, { loopback })?.href

describe('the allow-list of push services', () => {
  it.each([
    'https://fcm.googleapis.com/fcm/send/dGVzdA:APA91bHPRgkF',
    'https://fcm.googleapis.com/wp/dGVzdA:APA91bHPRgkF',
    'https://updates.push.services.mozilla.com/wpush/v2/gAAAAABm',
    'https://updates-autopush.push.services.mozilla.com/wpush/v2/gAAAAABm',
    'https://wns2-by3p.notify.windows.com/w/?token=BQYAAABx',
    'https://db5p.notify.windows.com/w/?token=BQYAAABx',
    'https://web.push.apple.com/QGx8mVt5z9k',
    'https://api.push.apple.com/3/device/QGx8',
  ])('takes %s', (endpoint) => {
    expect(allowed(endpoint)).toBe(endpoint)
  })

  it.each([
    ['http://fcm.googleapis.com/fcm/send/x', 'plain http'],
    ['https://fcm.googleapis.com:8443/fcm/send/x', 'another port'],
    ['https://user:pw@fcm.googleapis.com/fcm/send/x', 'a user and password'],
    ['https://fcm.googleapis.com.evil.example/fcm/send/x', 'a look-alike host'],
    ['https://fcm.googleapis.com%2eevil.example/x', 'a look-alike host, percent-encoded'],
    ['https://evil.example/?https://fcm.googleapis.com/', 'a push service named in the query'],
    ['https://evil.example#@fcm.googleapis.com/x', 'a push service named in the fragment'],
    ['https://fcm.googleapis.com/x#frag', 'a fragment'],
    ['https://other.googleapis.com/x', 'another Google host'],
    ['https://googleapis.com/x', 'a parent of a host named alone'],
    ['https://notify.windows.com/w/?token=x', 'the bare parent of a subdomain entry'],
    ['https://push.apple.com/x', 'the bare parent of a subdomain entry'],
    ['https://fcm.googleapis.com./x', 'a trailing dot'],
    ['https://notify.windows.com.evil.example/w', 'a look-alike suffix'],
    ['https://evilnotify.windows.com/w', 'not a subdomain'],
    ['https://127.0.0.1/push', 'an address'],
    ['https://[::1]/push', 'an IPv6 address'],
    ['https://169.254.169.254/latest/meta-data', 'a metadata address'],
    ['file:///etc/passwd', 'a file'],
    ['javascript:alert(1)', 'script'],
    ['data:text/plain,x', 'data'],
    ['ftp://fcm.googleapis.com/x', 'ftp'],
    ['fcm.googleapis.com/fcm/send/x', 'no scheme'],
    [`https://fcm.googleapis.com/${'x'.repeat(1100)}`, 'over 1,024 characters'],
    ['', 'nothing'],
  ])('refuses %s (%s)', (endpoint) => {
    expect(allowed(endpoint)).toBeUndefined()
    expect(allowed(endpoint, true)).toBeUndefined()
  })

  it('takes the serialisation it checked: the host lowercased, what is fetched is what was checked', () => {
    expect(allowed('https://FCM.GoogleAPIs.com/fcm/send/Ab')).toBe('https://fcm.googleapis.com/fcm/send/Ab')
    // The URL parser reads a backslash as a slash in https: the host is FCM, the rest is its path.
    expect(allowed('https://fcm.googleapis.com\\@evil.example/x')).toBe('https://fcm.googleapis.com/@evil.example/x')
  })

  it('takes local receivers (http://127.0.0.1:<port>, http://localhost:<port>) only where PUSH_ALLOW_LOOPBACK is set', () => {
    for (const local of ['http://127.0.0.1:9123/push/a', 'http://localhost:9123/push/a']) {
      expect(allowed(local, true)).toBe(local)
      expect(allowed(local)).toBeUndefined()
    }
    for (const other of [
      'http://127.0.0.2:9123/push/a',
      'http://[::1]:9123/push/a',
      'http://0.0.0.0:9123/push/a',
      'http://localhost.evil.example:9123/',
      'http://user@127.0.0.1:9123/',
      'https://localhost:9123/push/a',
    ])
      expect(allowed(other, true), other).toBeUndefined()
  })
})

describe('a push service’s answer', () => {
  const answer = (status: number, headers: Record<string, string> = {}) =>
    outcomeOf(new Response(null, { status, headers }), Date.parse('2026-03-11T06:00:00Z'))

  it.each([
    [201, 'sent'],
    [202, 'sent'],
    [404, 'gone'],
    [410, 'gone'],
    [429, 'retry'],
    [500, 'retry'],
    [502, 'retry'],
    [503, 'retry'],
    [400, 'refused'],
    [401, 'refused'],
    [403, 'refused'],
    [413, 'refused'],
    [301, 'refused'],
    [307, 'refused'],
  ])('%i → %s', (status, kind) => {
    expect(answer(status).kind).toBe(kind)
  })

  it('waits as the push service asks, else 2, 4, 8… s, at least 1 s and at most 10 min', () => {
    expect(answer(429, { 'Retry-After': '7' })).toMatchObject({ retryAfter: 7 })
    expect(answer(503, { 'Retry-After': 'Wed, 11 Mar 2026 06:01:00 GMT' })).toMatchObject({ retryAfter: 60 })
    expect(answer(503, { 'Retry-After': 'soon' })).toMatchObject({ retryAfter: undefined })
    expect([1, 2, 3, 5, 9, 12].map((attempts) => backoffSeconds(attempts))).toEqual([2, 4, 8, 32, 512, 600])
    expect(backoffSeconds(1, 7)).toBe(7)
    expect(backoffSeconds(1, 0)).toBe(1)
    expect(backoffSeconds(1, 86_400)).toBe(600)
  })

  it('gives every 快讯 one Topic of URL-safe base64, at most 32 characters (RFC 8030 §5.4)', () => {
    expect(TOPIC).toMatch(/^[A-Za-z0-9_-]{1,32}$/)
  })
})

describe('the address a subscription counts against', () => {
  it.each([
    ['198.51.100.7', '198.51.100.7'],
    ['::ffff:198.51.100.7', '198.51.100.7'],
    ['2001:db8:1:2:3:4:5:6', '2001:db8:1:2::/64'],
    ['2001:0db8:0001:0002:ffff::1', '2001:db8:1:2::/64'],
    ['2001:db8::1', '2001:db8:0:0::/64'],
    ['2001:DB8:1:2::', '2001:db8:1:2::/64'],
  ])('%s counts as %s', (ip, counted) => {
    expect(addressOf(ip)).toBe(counted)
  })
})
