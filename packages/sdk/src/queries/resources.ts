import {defineQuery} from 'groq'
import {resourceCard, skillCard, sources} from './fragments'
import type {LanguageParams} from './params'

export interface ResourceListParams extends LanguageParams {
  kind: 'article' | 'course' | 'book' | 'community' | 'organisation' | 'certification-programme' | 'tool' | 'publication' | null
  cost: 'free' | 'free-audit' | 'paid' | null
  /** A topic tag such as "itil". */
  topic: string | null
}

export const resourceListQuery = defineQuery(
  `*[_type == "resource" && language == $language
    && ($kind == null || kind == $kind)
    && ($cost == null || cost == $cost)
    && ($topic == null || $topic in topics)]
    | order(title asc, _id asc) {${resourceCard}, summary, "authors": coalesce(authors, []), "topics": coalesce(topics, [])}`,
)

export interface ResourceParams extends LanguageParams {
  /** Resources have no slug: they are addressed by document id. */
  id: string
}

export const resourceQuery = defineQuery(
  `*[_type == "resource" && language == $language && _id == $id][0]{
    ${resourceCard}, summary, "authors": coalesce(authors, []), "topics": coalesce(topics, []),
    "skills": coalesce(skills[]->{${skillCard}}, []),
    ${sources}
  }`,
)
