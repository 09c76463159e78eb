// A browser app reading a Sanity project: the SDK's main use on the web.
import {createCareerPathClient} from '@careerpath/sdk'

const careerpath = createCareerPathClient({projectId: 'abc123', dataset: 'production'})
careerpath.listRoles().then((roles) => console.log(roles.map((role) => role.title)))
