import { urls } from '../../urls'

/** 我的: 收藏 and 设置, one tab each, the one shown marked. */
export function MineNav({ current }: { current: 'saved' | 'settings' }) {
  return (
    <nav class="mine" aria-label="我的">
      <a href={urls.saved()} aria-current={current === 'saved' ? 'page' : undefined}>
        收藏
      </a>
      <a href={urls.settings()} aria-current={current === 'settings' ? 'page' : undefined}>
        设置
      </a>
    </nav>
  )
}
