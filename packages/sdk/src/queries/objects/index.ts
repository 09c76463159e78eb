import {allCertifications, certification, certificationList} from './certifications'
import {allDegrees, degree, degreeList} from './degrees'
import {allFaqs, faq, faqList} from './faqs'
import {allGuides, guide, guideList} from './guides'
import {allLearningPaths, learningPath, learningPathList} from './learningPaths'
import {allOrganisations, organisation, organisationList} from './organisations'
import {allResources, resource, resourceList} from './resources'
import {roleList} from './roleList'
import {allRoles, role} from './roles'
import {search} from './search'
import {allSkills, skill, skillList} from './skills'
import {allTracks, track, trackList} from './tracks'

/**
 * Every query the client runs, as a {@link defineCareerQuery} object: the GROQ,
 * its parameters (checked before the request) and its result schema. Run any
 * of them yourself with `client.run(queries.roleList, {track: 'it-support'})`.
 * `queries.test-d.ts` proves each result type equal to TypeGen's. One module
 * per resource (`./skills`…), the role list in one of its own (`./roleList`):
 * the client loads a module on the first call that needs it, so an app that
 * only lists roles never downloads the other queries, nor the role detail's.
 */
// Named imports, not `import * as`: a namespace object is built by a call the bundler cannot drop, which would tie every resource module to a shared helper chunk loaded up front (test/size).
export const queries = {trackList, track, allTracks, roleList, role, allRoles, skillList, skill, allSkills, certificationList, certification, allCertifications, degreeList, degree, allDegrees, organisationList, organisation, allOrganisations, resourceList, resource, allResources, learningPathList, learningPath, allLearningPaths, faqList, faq, allFaqs, guideList, guide, allGuides, search}
