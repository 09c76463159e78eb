import type {RoleNode} from './model'
import type {RoleComparison, RoleSkill, RoleTransition, SkillChange} from './types'

const bySlug = (a: {skill: {slug: string}}, b: {skill: {slug: string}}) => (a.skill.slug < b.skill.slug ? -1 : a.skill.slug > b.skill.slug ? 1 : 0)
const byTitle = (a: {title: string; id: string}, b: {title: string; id: string}) => (a.title < b.title ? -1 : a.title > b.title ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
/** Responsibilities match when they differ only in case and spacing. */
const sameLine = (line: string) => line.trim().replace(/\s+/g, ' ').toLowerCase()

/**
 * What changes from role `a` to role `b`. Every list is sorted by the size of
 * the change, then by slug or title, and never by which side is `a`, so
 * `compare(b, a)` is `compare(a, b)` with added/removed, raised/lowered and
 * from/to swapped. `fromA` is `a`'s transitions (the model's role view), so
 * this module needs none of the model's code.
 */
export function compareRoles(a: RoleNode, b: RoleNode, fromA: readonly RoleTransition[]): RoleComparison {
  const added: RoleSkill[] = []
  const removed: RoleSkill[] = []
  const raised: SkillChange[] = []
  const lowered: SkillChange[] = []
  const unchanged: RoleSkill[] = []
  for (const entry of a.skills) {
    const next = b.proficiency.get(entry.skill.id)
    if (next === undefined) removed.push(entry)
    else if (next > entry.proficiency) raised.push({skill: entry.skill, from: entry.proficiency, to: next})
    else if (next < entry.proficiency) lowered.push({skill: entry.skill, from: entry.proficiency, to: next})
    else unchanged.push(entry)
  }
  for (const entry of b.skills) if (!a.proficiency.has(entry.skill.id)) added.push(entry)
  const byLevel = (x: RoleSkill, y: RoleSkill) => y.proficiency - x.proficiency || bySlug(x, y)
  const byChange = (x: SkillChange, y: SkillChange) => Math.abs(y.to - y.from) - Math.abs(x.to - x.from) || bySlug(x, y)

  const certsA = new Set(a.certifications.map((c) => c.id))
  const certsB = new Set(b.certifications.map((c) => c.id))
  const linesA = new Set(a.responsibilities.map(sameLine))
  const linesB = new Set(b.responsibilities.map(sameLine))
  const degreesA = new Set(a.degrees.map((d) => d.id))
  const degreesB = new Set(b.degrees.map((d) => d.id))
  const sameTrack = a.ref.track !== null && a.ref.track.id === b.ref.track?.id
  const difference = (x: number | null, y: number | null) => (x !== null && y !== null ? y - x : null)
  return {
    from: a.ref,
    to: b.ref,
    skills: {
      added: added.sort(byLevel),
      removed: removed.sort(byLevel),
      raised: raised.sort(byChange),
      lowered: lowered.sort(byChange),
      unchanged: unchanged.sort(byLevel),
    },
    certifications: {
      added: b.certifications.filter((c) => !certsA.has(c.id)).sort(byTitle),
      removed: a.certifications.filter((c) => !certsB.has(c.id)).sort(byTitle),
      shared: a.certifications.filter((c) => certsB.has(c.id)).sort(byTitle),
    },
    degrees: {
      added: b.degrees.filter((d) => !degreesA.has(d.id)).sort(byTitle),
      removed: a.degrees.filter((d) => !degreesB.has(d.id)).sort(byTitle),
      shared: a.degrees.filter((d) => degreesB.has(d.id)).sort(byTitle),
    },
    responsibilities: {
      added: b.responsibilities.filter((line) => !linesA.has(sameLine(line))),
      removed: a.responsibilities.filter((line) => !linesB.has(sameLine(line))),
      shared: a.responsibilities.filter((line) => linesB.has(sameLine(line))),
    },
    experience: {from: a.experience, to: b.experience},
    seniority: {from: a.ref.seniority, to: b.ref.seniority, difference: difference(a.ref.seniority, b.ref.seniority)},
    rung: {from: a.ref.rung, to: b.ref.rung, difference: sameTrack ? difference(a.ref.rung, b.ref.rung) : null},
    sameTrack,
    transitions: fromA.filter((t) => t.to === b.ref),
  }
}
