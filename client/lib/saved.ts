// 收藏: saved articles in IndexedDB (idb-keyval), readable offline; the service worker keeps a
// copy of each saved page.
import { createStore, del, get, keys, getMany, set, type UseStore } from 'idb-keyval'

export interface Saved {
  date: string
  id: string
  title: string
  summary: string
  savedAt: string
}

// One store for the page's life: each createStore opens its own IndexedDB connection.
let opened: UseStore | undefined
const store = () => (opened ??= createStore('zzrb', 'saved'))
const keyOf = (date: string, id: string) => `${date}/${id}`

export const isSaved = async (date: string, id: string) => (await get(keyOf(date, id), store())) !== undefined
export const save = (s: Saved) => set(keyOf(s.date, s.id), s, store())
export const unsave = (date: string, id: string) => del(keyOf(date, id), store())
export async function allSaved(): Promise<Saved[]> {
  const s = store()
  const list = (await getMany<Saved | undefined>(await keys(s), s)).filter((x): x is Saved => x !== undefined)
  return list.sort((a, b) => b.savedAt.localeCompare(a.savedAt))
}
