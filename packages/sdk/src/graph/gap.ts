import {credentialsToEarn, growingSkills, heldCredentials, resourcesFor, skillGrowth} from './advice'
import type {GraphIndex, RoleNode} from './model'
import type {FoundRoute} from './routes'
import type {CareerGap} from './types'
import {routeView} from './routeView'

/**
 * What stands between `from` and `to`: the target's skills above what `from`
 * has, credentials recommended for the target or for roles on the best route
 * (`best`, when there is one), and the resources that cover the skills.
 */
export function careerGap(index: GraphIndex, from: RoleNode, to: RoleNode, best: FoundRoute | null): CareerGap {
  const skills = skillGrowth(from.proficiency, to)
  const onTheWay = best ? best.edges.map((id) => index.roles[index.edges[id]!.to]!) : [to]
  const certifications = credentialsToEarn(index, onTheWay, heldCredentials(index, from), growingSkills(skills))
  return {
    from: from.ref,
    to: to.ref,
    skills,
    certifications,
    resources: resourcesFor(index, skills, to),
    route: best ? routeView(index, from, to, best) : null,
  }
}
