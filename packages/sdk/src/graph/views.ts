import type {GraphIndex, RoleNode} from './model'
import type {CareerRole, RoleTransition} from './types'

export function transitionsOf(index: GraphIndex, role: RoleNode): RoleTransition[] {
  return role.out.map((id) => {
    const edge = index.edges[id]!
    return {
      to: index.roles[edge.to]!.ref,
      kind: edge.kind,
      typicalYears: edge.typicalYears,
      typicalYearsBasis: edge.typicalYearsBasis,
      conditions: edge.conditions,
      advice: edge.advice,
    }
  })
}

export function roleView(index: GraphIndex, role: RoleNode): CareerRole {
  return {
    ...role.ref,
    aliases: role.aliases,
    summary: role.summary,
    responsibilities: role.responsibilities,
    skills: role.skills,
    certifications: role.certifications,
    degrees: role.degrees,
    education: role.education,
    resources: role.resources,
    experience: role.experience,
    transitions: transitionsOf(index, role),
  }
}
