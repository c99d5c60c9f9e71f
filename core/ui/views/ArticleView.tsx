import { longDate } from '../../dates'
import type { Article, ArticleMeta, Edition } from '../../model'
import { regionId } from '../../prints'
import { pageLabel, urls } from '../../urls'
import { Island } from '../Island'
import Tools from '../islands/Tools.island'
import { Blocks } from '../parts/Blocks'
import { Byline } from '../parts/Byline'
import { Corrections } from '../parts/Corrections'
import { Headline } from '../parts/Headline'

/** An article as printed: 引题, headline, 副题, byline, body; then where it sits in the issue. */
export function ArticleView({ edition, article, held }: { edition: Edition; article: Article; held?: boolean }) {
  const { issue } = edition
  const page = issue.pages.find((p) => p.number === article.page)
  const order = issue.pages.flatMap((p) => p.articles)
  const at = order.findIndex((a) => a.id === article.id)
  const back = urls.page(issue.date, article.page)
  return (
    <>
      <article class="story">
        <header>
          <p class="crumbs">
            <a href={urls.issue(issue.date)}>
              <time dateTime={issue.date}>{longDate(issue.date)}</time>
            </a>
            {page && (
              <>
                {' '}
                ·{' '}
                <a href={back}>
                  {pageLabel(page.number)} {page.name}
                </a>
              </>
            )}
          </p>
          {article.kicker && <p class="kicker">{article.kicker}</p>}
          <h1>
            <Headline article={article} />
          </h1>
          {article.subtitle && <p class="subtitle">{article.subtitle}</p>}
          <Byline article={article} />
          <p class="meta">
            {article.chars}字 · 约{article.readingMinutes}分钟读完
            {page?.print && (
              <>
                {' · '}
                {/* Where it ran: its place on the printed page, outlined there (:target). */}
                <a href={article.region ? `${back}#${regionId(article.id)}` : back}>见{pageLabel(page.number)}版面图</a>
              </>
            )}
          </p>
        </header>
        <Island>
          <Tools />
        </Island>
        <Corrections corrections={article.corrections} />
        <div class="body">
          <Blocks blocks={article.body} held={held ?? false} />
        </div>
      </article>
      <nav class="neighbours" aria-label="上下篇">
        <Neighbour rel="prev" label="上一篇" article={order[at - 1]} />
        <Neighbour rel="next" label="下一篇" article={order[at + 1]} />
        <a href={back}>返回{page ? `${pageLabel(page.number)} ${page.name}` : '本期'}</a>
      </nav>
    </>
  )
}

function Neighbour({ rel, label, article }: { rel: string; label: string; article: ArticleMeta | undefined }) {
  if (!article) return null
  return (
    <a rel={rel} href={urls.article(article.date, article.id)}>
      <span>{label}</span>
      {article.title}
    </a>
  )
}
