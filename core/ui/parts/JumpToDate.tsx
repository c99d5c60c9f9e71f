import { urls } from '../../urls'

/** "Jump to a date": a plain GET form, so it works without JavaScript. */
export function JumpToDate({ newest }: { newest: string | undefined }) {
  return (
    <form class="search" action={urls.archiveDay()} method="get">
      <label for="date">跳到某一天（年-月-日）</label>
      <input id="date" name="date" type="date" max={newest} required pattern="\d{4}-\d{2}-\d{2}" />
      <button type="submit">查看</button>
    </form>
  )
}
