import * as certifications from './certifications'
import * as degrees from './degrees'
import * as faqs from './faqs'
import * as guides from './guides'
import * as learningPaths from './learningPaths'
import * as organisations from './organisations'
import * as resources from './resources'
import * as roleList from './roleList'
import * as roles from './roles'
import * as search from './search'
import * as skills from './skills'
import * as tracks from './tracks'

/**
 * Every query the client runs, as a {@link defineCareerQuery} object: the GROQ,
 * its parameters (checked before the request) and its result schema. Run any
 * of them yourself with `client.run(queries.roleList, {track: 'it-support'})`.
 * `queries.test-d.ts` proves each result type equal to TypeGen's. One module
 * per resource (`./skills`…), the role list in one of its own (`./roleList`):
 * the client loads a module on the first call that needs it, so an app that
 * only lists roles never downloads the other queries, nor the role detail's.
 */
export const queries = {...tracks, ...roleList, ...roles, ...skills, ...certifications, ...degrees, ...organisations, ...resources, ...learningPaths, ...faqs, ...guides, ...search}
