// Resident memory of the workerd processes wrangler dev started: the one that runs the worker
// (the one with an inspector address) and the one that runs wrangler's dev proxy in front of it.
import { readdirSync, readFileSync } from 'node:fs'

export interface WorkerdRss {
  workerMb: number
  proxyMb: number
}

/** RSS in MB of the workerd processes in the process group `group` (wrangler dev's). */
export function workerdRss(group: number): WorkerdRss {
  const rss: WorkerdRss = { workerMb: 0, proxyMb: 0 }
  for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0')
      if (!cmdline[0]?.endsWith('workerd')) continue
      // /proc/<pid>/stat: "pid (comm) state ppid pgrp ..."; comm cannot hold ") " here.
      const pgrp = Number(readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ')[2])
      if (pgrp !== group) continue
      const kb = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0)
      if (cmdline.some((arg) => arg.startsWith('--inspector-addr'))) rss.workerMb += Math.round(kb / 1024)
      else rss.proxyMb += Math.round(kb / 1024)
    } catch {
      // the process ended while we looked
    }
  }
  return rss
}
