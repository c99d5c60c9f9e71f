import type { View } from '../view'
import { SECTIONS } from './sections'

/**
 * The bottom bar, within a thumb's reach: 首页 · 版面 · 往期 · 搜索 · 我的, plain links that work
 * without JavaScript. The section shown is marked: "page" when the link leads to this very page,
 * "true" when the page is inside that section.
 */
export function TabBar({ view, path }: { view: View; path: string }) {
  return (
    <nav class="tabbar" aria-label="栏目">
      {SECTIONS.map((s) => {
        const href = s.href(view)
        const here = s.kinds.includes(view.kind)
        return (
          <a href={href} aria-current={here ? (href === path ? 'page' : 'true') : undefined}>
            {s.label}
          </a>
        )
      })}
    </nav>
  )
}
