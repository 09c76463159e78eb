import type {GraphIndex, RoleNode} from './model'
import type {CertificationRef, CertificationToEarn, ResourceSuggestion, RoleRef, SkillGrowth, SkillRef} from './types'

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)

/**
 * Skills `target` expects above the proficiency held in `have` (0 when the
 * skill is new), largest gap first, then highest target, then by slug.
 */
export function skillGrowth(have: ReadonlyMap<string, number>, target: RoleNode): SkillGrowth[] {
  const growth: SkillGrowth[] = []
  for (const {skill, proficiency} of target.skills) {
    const current = have.get(skill.id) ?? 0
    if (proficiency > current) growth.push({skill, current, target: proficiency, gap: proficiency - current})
  }
  return growth.sort((a, b) => b.gap - a.gap || b.target - a.target || byText(a.skill.slug, b.skill.slug))
}

/** Follows `successor` from a retired credential to the one to earn today, stopping on loops. */
export function currentCredential(index: GraphIndex, recommended: CertificationRef) {
  let certification = recommended
  const seen = new Set<string>()
  while (certification.status === 'retired' && certification.successor && !seen.has(certification.id)) {
    seen.add(certification.id)
    const next = index.certifications.get(certification.successor.id)
    if (!next) break
    certification = next
  }
  return {certification, replaces: certification === recommended ? null : recommended, retired: certification.status === 'retired'}
}

/** Credentials a role already has (recommended there) and what replaced them: these are never suggested again. */
export function heldCredentials(index: GraphIndex, role: RoleNode): Set<string> {
  const held = new Set<string>()
  for (const cert of role.certifications) {
    held.add(cert.id)
    held.add(currentCredential(index, cert).certification.id)
  }
  return held
}

/**
 * Credentials the given roles recommend that are not in `held`, in role
 * order, retired ones swapped for their successors, each listed once with
 * every role that recommends it. Adds what it returns to `held`.
 */
export function credentialsToEarn(
  index: GraphIndex,
  roles: readonly RoleNode[],
  held: Set<string>,
  growing: ReadonlyMap<string, SkillRef>,
): CertificationToEarn[] {
  const found = new Map<string, {entry: CertificationToEarn; recommendedFor: RoleRef[]}>()
  for (const role of roles) {
    for (const cert of role.certifications) {
      const {certification, replaces, retired} = currentCredential(index, cert)
      if (held.has(cert.id) || held.has(certification.id)) continue
      const known = found.get(certification.id)
      if (known) {
        if (!known.recommendedFor.includes(role.ref)) known.recommendedFor.push(role.ref)
        continue
      }
      const covers = [...new Set([...(index.certificationSkills.get(certification.id) ?? []), ...(replaces ? (index.certificationSkills.get(replaces.id) ?? []) : [])])]
        .flatMap((id) => growing.get(id) ?? [])
      const recommendedFor = [role.ref]
      found.set(certification.id, {entry: {certification, replaces, retired, recommendedFor, covers}, recommendedFor})
    }
  }
  for (const id of found.keys()) held.add(id)
  return [...found.values()].map((f) => f.entry)
}

/**
 * Resources for the skills to grow (through each resource's `skills`) and the
 * ones `role` lists itself, each once, skipping ids in `exclude`. Ordered by
 * how much of the gap they cover, then role-recommended first, then title.
 */
export function resourcesFor(
  index: GraphIndex,
  growth: readonly SkillGrowth[],
  role: RoleNode,
  exclude: ReadonlySet<string> = new Set(),
): ResourceSuggestion[] {
  const found = new Map<string, {suggestion: ResourceSuggestion & {covers: SkillRef[]}; weight: number}>()
  const entry = (resource: ResourceSuggestion['resource']) => {
    let item = found.get(resource.id)
    if (!item) found.set(resource.id, (item = {suggestion: {resource, covers: [], recommendedByRole: false}, weight: 0}))
    return item
  }
  for (const {skill, gap} of growth) {
    for (const resource of index.resourcesBySkill.get(skill.id) ?? []) {
      if (exclude.has(resource.id)) continue
      const item = entry(resource)
      item.suggestion.covers.push(skill)
      item.weight += gap
    }
  }
  for (const resource of role.resources) {
    if (exclude.has(resource.id)) continue
    const item = entry(resource)
    item.suggestion = {...item.suggestion, recommendedByRole: true}
  }
  return [...found.values()]
    .sort(
      (a, b) =>
        b.weight - a.weight ||
        Number(b.suggestion.recommendedByRole) - Number(a.suggestion.recommendedByRole) ||
        byText(a.suggestion.resource.title, b.suggestion.resource.title) ||
        byText(a.suggestion.resource.id, b.suggestion.resource.id),
    )
    .map((item) => item.suggestion)
}

/** Skill id → skill, for the skills in a growth list. */
export const growingSkills = (growth: readonly SkillGrowth[]) => new Map(growth.map((g) => [g.skill.id, g.skill]))
