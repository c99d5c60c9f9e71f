import type { ComponentChildren } from 'preact'
import { SiteHeader } from './chrome/SiteHeader'
import { TabBar } from './chrome/TabBar'
import type { View } from './view'

/**
 * The page around every view: skip link, the same header everywhere (the masthead on a front
 * page), the view in <main>, and the bottom bar of sections. The status bar has no server part:
 * only a script can know what it says, so client/hydrate.ts adds it.
 */
export function App({
  name,
  view,
  path,
  children,
}: {
  name: string
  view: View
  path: string
  children: ComponentChildren
}) {
  return (
    <>
      <a class="skip" href="#main">
        跳到正文
      </a>
      <SiteHeader name={name} view={view} />
      <main id="main">{children}</main>
      <TabBar view={view} path={path} />
    </>
  )
}
