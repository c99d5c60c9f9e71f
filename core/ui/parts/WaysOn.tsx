import { urls } from '../../urls'

/** The way on from a page that has nothing to show: the latest issue and the archive. */
export function WaysOn() {
  return (
    <ul>
      <li>
        <a href={urls.home()}>看最新一期</a>
      </li>
      <li>
        <a href={urls.archive()}>查看往期</a>
      </li>
    </ul>
  )
}
