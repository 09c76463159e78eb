/**
 * Document badges: short labels in the document's footer (and the list of
 * badges in the pane header) for facts an editor should see before reading
 * the form. Plain functions of the document's versions, so they are tested as
 * functions.
 */
import type {DocumentBadgeComponent, DocumentBadgeDescription, DocumentBadgeProps} from 'sanity'

type Doc = Record<string, unknown>

/** The version the editor is looking at: a release version, else the draft, else the published document. */
const shown = (props: Pick<DocumentBadgeProps, 'draft' | 'published'> & {version?: Doc | null}) => (props.version ?? props.draft ?? props.published) as Doc | null | undefined

/** A certification the vendor no longer awards. */
export function retiredBadge(doc: Doc | null | undefined): DocumentBadgeDescription | null {
  if (doc?.status !== 'retired') return null
  const on = typeof doc.retiredOn === 'string' ? ` on ${doc.retiredOn}` : ''
  const successor = (doc.successor as {_ref?: string} | undefined)?._ref ? ', with a successor' : ', with no successor'
  return {label: 'Retired', color: 'danger', title: `Retired${on}${successor}. Roles should not recommend it.`}
}

const basisKind = (basis: unknown) => (basis as {kind?: string} | undefined)?.kind

/**
 * The figures of a role and how many are our estimates: each skill's
 * proficiency, the experience range, each next move's typical years. A figure
 * without a basis counts as a figure, not as an estimate.
 */
export function roleFigures(doc: Doc): {figures: number; estimates: number} {
  const bases: unknown[] = []
  for (const skill of (doc.skills as {proficiency?: number; proficiencyBasis?: unknown}[] | undefined) ?? []) {
    if (typeof skill.proficiency === 'number') bases.push(skill.proficiencyBasis)
  }
  const experience = doc.experience as {min?: number; max?: number; basis?: unknown} | undefined
  if (typeof experience?.min === 'number' || typeof experience?.max === 'number') bases.push(experience.basis)
  for (const move of (doc.transitions as {typicalYears?: number; typicalYearsBasis?: unknown}[] | undefined) ?? []) {
    if (typeof move.typicalYears === 'number') bases.push(move.typicalYearsBasis)
  }
  return {figures: bases.length, estimates: bases.filter((b) => basisKind(b) === 'estimate').length}
}

/** Below this many figures a role is too sparse to call estimate-heavy (a new draft with one estimate). */
export const ESTIMATE_HEAVY_MIN_FIGURES = 3

/** A role most of whose figures (more than half, of at least three) are our estimates rather than a source's. */
export function estimateHeavyBadge(doc: Doc | null | undefined): DocumentBadgeDescription | null {
  if (!doc) return null
  const {figures, estimates} = roleFigures(doc)
  if (figures < ESTIMATE_HEAVY_MIN_FIGURES || estimates * 2 <= figures) return null
  return {
    label: 'Estimate-heavy',
    color: 'warning',
    title: `${estimates} of ${figures} figures (proficiencies, experience, typical years) are our estimates; cite a source article where one gives them.`,
  }
}

export const RetiredBadge: DocumentBadgeComponent = (props) => retiredBadge(shown(props))
RetiredBadge.displayName = 'RetiredBadge'

export const EstimateHeavyBadge: DocumentBadgeComponent = (props) => estimateHeavyBadge(shown(props))
EstimateHeavyBadge.displayName = 'EstimateHeavyBadge'

/** Badges by document type, added to Sanity's own. */
export const badgesFor: Record<string, DocumentBadgeComponent[]> = {
  certification: [RetiredBadge],
  role: [EstimateHeavyBadge],
}
