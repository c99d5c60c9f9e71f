// 我的's two tabs, 收藏 and 设置 (core/ui/chrome/MineNav.tsx): on the pages of both.
export const mine =
  '.mine{display:flex;gap:1.5rem;margin-top:.5rem}.mine [aria-current]{font-weight:700;color:var(--fg)}'
