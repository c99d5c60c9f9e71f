// What islands need from the page that only the browser's build can give: 收藏 in IndexedDB and
// the service worker. client/main.ts provides both before it hydrates; on the server nothing is
// provided, and a browser without a service worker gets no `sw`, so
// islands that need it say what cannot be done instead of waiting for it.
import type { Photo } from '../model'
import type { SwMessage } from '../offline/messages'

export interface Saved {
  date: string
  id: string
  title: string
  summary: string
  savedAt: string
  /** Its lead photo, shown small beside it in 收藏 (absent when it has none). */
  thumb?: Photo | undefined
}

/** 快讯提醒 as this browser has it. */
export type PushState = 'on' | 'off' | 'denied' | 'unsupported'

export interface Platform {
  /** The browser build's name (a release label, or the day it was built), shown in 设置. */
  build?: string
  saved?: {
    has(date: string, id: string): Promise<boolean>
    add(s: Saved): Promise<void>
    remove(date: string, id: string): Promise<void>
    /** Newest first. */
    list(): Promise<Saved[]>
  }
  /** 快讯提醒 (Web Push): only where there is a service worker. */
  push?: {
    state(): Promise<PushState>
    turnOn(): Promise<PushState>
    turnOff(): Promise<PushState>
  }
  sw?: {
    send(message: SwMessage): void
    /** The reader said yes to the waiting version: it takes over and the page reloads. */
    applyUpdate(): void
  }
}

let current: Platform = {}

export const platform = (): Platform => current

export function providePlatform(p: Platform): void {
  current = p
}
