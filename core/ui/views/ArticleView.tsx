import type { Article, Edition } from '../../model'
import { regionId } from '../../prints'
import { pageLabel, urls } from '../../urls'
import { ClientIsland } from '../ClientIsland'
import { Blocks, firstStyled } from '../parts/Blocks'
import { Byline } from '../parts/Byline'
import { Corrections } from '../parts/Corrections'
import { Headline } from '../parts/Headline'
import { Neighbours } from '../parts/Neighbours'
import { Related } from '../parts/Related'
import { LINKED } from '../styles/linked'

/**
 * An article as printed: its 版, 引题, headline, 副题, byline, body and the 版's 责任编辑; then
 * the way on (the side column from 1024 px): 相关阅读, and the previous and next stories.
 */
export function ArticleView({ edition, article, held }: { edition: Edition; article: Article; held?: boolean }) {
  const { issue } = edition
  const page = issue.pages.find((p) => p.number === article.page)
  const order = issue.pages.flatMap((p) => p.articles)
  const at = order.findIndex((a) => a.id === article.id)
  const back = urls.page(issue.date, article.page)
  const editors = page?.editors.filter((e) => e.role === '责任编辑') ?? []
  return (
    <>
      <article class="story">
        <header>
          <p class="crumbs">
            <a href={back}>{page ? `${pageLabel(page.number)} ${page.name}` : '本期'}</a>
            {/* Where it ran: its place on the printed page, outlined there (:target). */}
            {page?.print && <a href={article.region ? `${back}#${regionId(article.id)}` : back}>版面图</a>}
          </p>
          {article.kicker && <p class="kicker">{article.kicker}</p>}
          <h1>
            <Headline article={article} />
          </h1>
          {article.subtitle && <p class="subtitle">{article.subtitle}</p>}
          <Byline article={article} />
        </header>
        <ClientIsland name="Tools" class="tools" />
        <Corrections corrections={article.corrections} />
        <div class="body">
          <Blocks blocks={article.body} held={held ?? false} />
        </div>
        {/* What follows the text has its rules in the rest's sheet, linked here if the body did not. */}
        {firstStyled(article.body) < 0 && <link rel="stylesheet" href={LINKED.rest.href} />}
        {editors.length > 0 && <p class="editor">（{editors.map((e) => `${e.role}：${e.name}`).join('　')}）</p>}
      </article>
      <div class="rail">
        <Related related={article.related} held={held ?? false} />
        <Neighbours prev={order[at - 1]} next={order[at + 1]} />
      </div>
    </>
  )
}
