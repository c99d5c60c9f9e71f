// npm test runs every kind of test briefly; `npm run test:long` (ZZRB_TEST_LONG=1) runs the same
// tests at length: many property runs from a random seed, a minute of load, a year of archive.
import { inject } from 'vitest'

export const long = (): boolean => inject('long')

/** fast-check's settings: few runs from a fixed seed in npm test (the same cases every run); many in test:long. */
export const runs = (short: number, many: number) => (long() ? { numRuns: many } : { numRuns: short, seed: 20240311 })
