import { WaysOn } from '../parts/WaysOn'
import type { ErrorStatus } from '../view'

const TITLES = {
  400: '网址有误',
  404: '页面不存在',
  405: '只能阅读',
  412: '页面已更新',
  414: '网址太长',
  500: '出错了',
  503: '暂时无法读取',
} as const

/** Errors in plain Chinese, always with a way on: the latest issue and the archive. */
export function ErrorView({ status, message }: { status: ErrorStatus; message: string }) {
  return (
    <section class="error">
      <h1>{TITLES[status]}</h1>
      <p>{message}</p>
      <WaysOn />
    </section>
  )
}
