import {literal, object, string} from '../../queries/shared'
import {discriminatedUnion} from '../union'
import {slugString, text} from '../../queries/shared'

const hit = <T extends string>(type: T) => ({_id: string(), _type: literal(type), title: text})
/** A search hit: what it is, where to link, and a line to show. */
export const searchHit = /* @__PURE__ */ discriminatedUnion('_type', [
  object({...hit('track'), slug: slugString, summary: string()}),
  object({...hit('role'), slug: slugString, summary: string()}),
  object({...hit('skill'), slug: slugString, summary: string()}),
  object({...hit('certification'), slug: slugString, summary: string()}),
  object({...hit('degree'), slug: slugString, summary: string()}),
  object({...hit('organisation'), slug: slugString, summary: string().nullable()}),
  object({...hit('resource'), slug: literal(null), summary: string()}),
  object({...hit('learningPath'), slug: slugString, summary: string()}),
  object({...hit('faq'), slug: slugString, summary: literal(null)}),
  object({...hit('guide'), slug: slugString, summary: string()}),
])
