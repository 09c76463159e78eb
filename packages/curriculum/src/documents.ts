import {certifications} from './content/certifications.ts'
import {resources} from './content/resources.ts'
import {alternativePathRoles} from './content/roles/alternativePaths.ts'
import {entryAndSpecialistRoles} from './content/roles/entryAndSpecialist.ts'
import {itSupportRoles} from './content/roles/itSupport.ts'
import {supportEngineeringRoles} from './content/roles/supportEngineering.ts'
import {skills} from './content/skills.ts'
import {sourceDocuments} from './content/sources.ts'
import {ladders, tracks, type RoleSlug, type TrackSlug} from './content/tracks.ts'
import {faqs} from './content/faqs.ts'
import {guides} from './content/guides.ts'
import {supportEngineeringPath} from './content/learningPath.ts'
import {buildCertification, buildFaq, buildGuide, buildLearningPath, buildResource, buildSkill, buildTrack} from './define/documents.ts'
import {CurriculumDefinitionError} from './define/references.ts'
import {buildRole, type RoleInput} from './define/roles.ts'
import {sortDocuments} from './ndjson.ts'
import type {CurriculumDocument, RoleDocument} from './types.ts'

const roleInputs = {...itSupportRoles, ...supportEngineeringRoles, ...entryAndSpecialistRoles, ...alternativePathRoles}

function buildRoles(): RoleDocument[] {
  const allRoles = Object.values(ladders).flat() as RoleSlug[]
  return allRoles.map((roleSlug) => {
    const input: RoleInput | undefined = roleInputs[roleSlug]
    if (!input) throw new CurriculumDefinitionError(`role "${roleSlug}"`, 'is on a ladder but has no definition in content/roles')
    return buildRole(roleSlug, input)
  })
}

/** Every document of the curriculum, sorted by `_id`. */
export const documents: CurriculumDocument[] = sortDocuments<CurriculumDocument>([
  ...sourceDocuments,
  ...(Object.entries(tracks) as [TrackSlug, (typeof tracks)[TrackSlug]][]).map(([s, input]) => buildTrack(s, input, ladders[s])),
  ...buildRoles(),
  ...Object.entries(skills).map(([s, input]) => buildSkill(s, input)),
  ...Object.entries(certifications).map(([s, input]) => buildCertification(s, input)),
  ...Object.entries(resources).map(([s, input]) => buildResource(s, input)),
  buildLearningPath(supportEngineeringPath),
  ...faqs.map(buildFaq),
  ...guides.map(buildGuide),
])
