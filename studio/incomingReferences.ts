/**
 * Which documents point at a document, shown in its form with Sanity's own
 * incoming-reference decorations (`defineIncomingReferenceDecoration` from
 * `sanity/structure`, Studio >= 5.8). They are live: Sanity listens to the
 * dataset (every version: published, drafts, releases) and lists each
 * referring document once, with its preview and a link to open it. Their
 * "Create" button opens a new document of the listed type already pointing
 * here; `linkedValue` says where the reference goes in it (a role created from
 * a skill lists that skill, one created from a track stands on its next rung).
 */
import type {InitialValueResolverContext, ObjectMember, ObjectRenderMembersCallback} from 'sanity'
import {defineIncomingReferenceDecoration, isIncomingReferenceCreation} from 'sanity/structure'
import {API_VERSION} from './schemaTypes/shared/options'
import {certificationFrom, roleOnTrack, type Reference} from './templates'

/** One list of referring documents in a form. `name` is also what a document created from it is told it came from. */
export interface IncomingList {
  name: string
  title: string
  /** One line: what the list shows. */
  description: string
  types: {type: string; title: string}[]
  /** The field after which the list sits; absent: at the end. Lists whose field is in another field group stay hidden with it. */
  after?: string
  /**
   * Documents that can be created from the list, by type: the initial value
   * for a new document linked to `reference` (the document being edited).
   */
  create?: Partial<Record<string, (reference: Reference, context: InitialValueResolverContext) => Record<string, unknown> | Promise<Record<string, unknown>>>>
}

const LIVE = 'Live, with drafts and release versions'
const key = () => globalThis.crypto.randomUUID().replaceAll('-', '').slice(0, 12)
const inArray = (reference: Reference) => [{...reference, _key: key()}]

/** Every incoming-reference list, by the type of the document it is shown on. */
export const incomingLists: Record<string, IncomingList[]> = {
  track: [
    {
      name: 'rolesOnTrack',
      title: 'Roles on this track',
      description: `${LIVE}: the roles that name this track. "Create" adds one on the next free rung of a ladder.`,
      types: [{type: 'role', title: 'Roles'}],
      create: {role: (reference, context) => roleOnTrack(reference._ref, context.getClient({apiVersion: API_VERSION}), reference)},
    },
  ],
  role: [
    {
      name: 'waysIn',
      title: 'Ways in',
      description: `${LIVE}: roles whose next moves lead here. "Create" starts a role with a promotion to this one.`,
      types: [{type: 'role', title: 'Roles that lead here'}],
      after: 'transitions',
      create: {role: (reference) => ({transitions: [{_type: 'transition', _key: key(), to: reference, kind: 'promotion'}]})},
    },
    {
      name: 'linkedFrom',
      title: 'Linked from',
      description: `${LIVE}: FAQs, guides and learning paths that send readers to this role.`,
      types: [
        {type: 'faq', title: 'FAQs'},
        {type: 'guide', title: 'Guides'},
        {type: 'learningPath', title: 'Learning paths'},
      ],
      after: 'sources',
    },
  ],
  skill: [
    {
      name: 'usedBy',
      title: 'Used by',
      description: `${LIVE}: roles that need this skill and the credentials and resources that teach it.`,
      types: [
        {type: 'role', title: 'Roles that need it'},
        {type: 'certification', title: 'Certifications that cover it'},
        {type: 'degree', title: 'Degrees that cover it'},
        {type: 'resource', title: 'Resources that help with it'},
      ],
      create: {
        role: (reference) => ({skills: [{_type: 'roleSkill', _key: key(), skill: reference}]}),
        certification: (reference) => ({skills: inArray(reference), status: 'active'}),
        degree: (reference) => ({skills: inArray(reference)}),
        resource: (reference) => ({skills: inArray(reference)}),
      },
    },
  ],
  certification: [
    {
      name: 'recommendedFor',
      title: 'Recommended for',
      description: `${LIVE}: roles that recommend this credential. Retire it only with a successor they can recommend instead.`,
      types: [{type: 'role', title: 'Roles'}],
      after: 'skills',
      create: {role: (reference) => ({credentials: inArray(reference)})},
    },
    {
      name: 'replaces',
      title: 'Replaces',
      description: `${LIVE}: retired certifications that name this one as their successor.`,
      types: [{type: 'certification', title: 'Retired certifications'}],
      after: 'successor',
    },
  ],
  degree: [
    {
      name: 'recommendedFor',
      title: 'Recommended for',
      description: `${LIVE}: roles that recommend this degree.`,
      types: [{type: 'role', title: 'Roles'}],
      create: {role: (reference) => ({credentials: inArray(reference)})},
    },
  ],
  organisation: [
    {
      name: 'usedBy',
      title: 'Used by',
      description: `${LIVE}: what this organisation awards or publishes, and the sources it published.`,
      types: [
        {type: 'certification', title: 'Certifications it awards'},
        {type: 'degree', title: 'Degrees it awards'},
        {type: 'resource', title: 'Resources it publishes'},
        {type: 'sourceArticle', title: 'Source articles it published'},
      ],
      create: {
        certification: (reference) => certificationFrom(reference),
        degree: (reference) => ({awardingBody: reference}),
        resource: (reference) => ({publisher: reference}),
        sourceArticle: (reference) => ({publisher: reference}),
      },
    },
  ],
  resource: [
    {
      name: 'usedBy',
      title: 'Used by',
      description: `${LIVE}: roles and learning paths that recommend this resource.`,
      types: [
        {type: 'role', title: 'Roles'},
        {type: 'learningPath', title: 'Learning paths'},
      ],
      create: {role: (reference) => ({resources: inArray(reference)})},
    },
  ],
  sourceArticle: [
    {
      name: 'citedBy',
      title: 'Cited by',
      description: `${LIVE}: every document that cites this article, as a source or as the basis of a figure or link.`,
      types: [
        {type: 'track', title: 'Tracks'},
        {type: 'role', title: 'Roles'},
        {type: 'skill', title: 'Skills'},
        {type: 'certification', title: 'Certifications'},
        {type: 'degree', title: 'Degrees'},
        {type: 'organisation', title: 'Organisations'},
        {type: 'resource', title: 'Resources'},
        {type: 'learningPath', title: 'Learning paths'},
        {type: 'faq', title: 'FAQs'},
        {type: 'guide', title: 'Guides'},
      ],
    },
  ],
}

/**
 * The options Sanity's decoration gets for one list: only types with a
 * `create` rule can be created, from their default template (whose id is the
 * type's name); `false` hides the button where nothing can be created.
 */
export function decorationOptions(list: IncomingList) {
  const creatable = list.types.filter((t) => list.create?.[t.type]).map((t) => t.type)
  return {
    name: list.name,
    title: list.title,
    description: list.description,
    types: list.types,
    creationAllowed: creatable.length ? creatable : (false as const),
  }
}

const isField = (member: ObjectMember, name: string) => member.kind === 'field' && member.name === name

/**
 * Places each list after its field, or at the end. The form hands over the
 * members of the selected field group only, so a list whose field is not
 * among them is left out with it.
 */
export function placeLists(members: ObjectMember[], lists: readonly IncomingList[], decorate: (list: IncomingList) => ObjectMember): ObjectMember[] {
  const result = [...members]
  for (const list of lists) {
    if (!list.after) {
      result.push(decorate(list))
      continue
    }
    const index = result.findIndex((m) => isField(m, list.after!))
    if (index >= 0) result.splice(index + 1, 0, decorate(list))
  }
  return result
}

/** `renderMembers` for documents of `type`, or undefined when nothing points at them. */
export function renderIncomingLists(type: string): ObjectRenderMembersCallback | undefined {
  const lists = incomingLists[type]
  if (!lists?.length) return undefined
  return (members) => placeLists(members, lists, (list) => defineIncomingReferenceDecoration(decorationOptions(list)))
}

/**
 * The initial value of a document of `type` created from an incoming-reference
 * list: Sanity passes the list's name (`from.fieldName`), the type of the
 * document it is on (`from.type`) and a reference to it (weak until this one
 * is published). Anything else gets no document-level initial value.
 */
export async function linkedValue(type: string, params: unknown, context: InitialValueResolverContext): Promise<Record<string, unknown>> {
  if (!isIncomingReferenceCreation(params as never)) return {}
  const {from, reference} = params as {from: {fieldName: string; type: string}; reference: Reference}
  const list = incomingLists[from.type]?.find((l) => l.name === from.fieldName)
  const create = list?.create?.[type]
  return create ? create(reference, context) : {}
}

type InitialValue = Record<string, unknown> | ((params: unknown, context: InitialValueResolverContext) => unknown) | undefined

/** Adds the incoming-reference lists and the linked initial value to a document type; a type's own initial value still applies elsewhere. */
export function withIncomingReferences<T extends {name: string; type: string; initialValue?: unknown}>(schemaType: T): T {
  const renderMembers = renderIncomingLists(schemaType.name)
  const creatable = Object.values(incomingLists).some((lists) => lists.some((l) => l.create?.[schemaType.name]))
  const own = schemaType.initialValue as InitialValue
  const initialValue = (params: unknown, context: InitialValueResolverContext) =>
    isIncomingReferenceCreation(params as never) ? linkedValue(schemaType.name, params, context) : typeof own === 'function' ? own(params, context) : (own ?? {})
  return {...schemaType, ...(renderMembers ? {renderMembers} : {}), ...(creatable ? {initialValue} : {})}
}
