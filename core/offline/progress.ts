// How far keeping an issue has come: the service worker tells every page on one broadcast
// channel, as each file of it is kept (client/sw/keep.ts); 下载本期 shows it.
export const KEEP_CHANNEL = 'zzrb-keep'

export interface KeepProgress {
  date: string
  /** Files kept so far: the edition's JSON, then its images. */
  done: number
  total: number
  /** All that will be kept is: `done` is then `total`, whatever the budget or low-data mode left out. */
  finished: boolean
}
