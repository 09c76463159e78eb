// No account at all: the curriculum embedded in the SDK, queried with groq-js.
import {createCareerPathClient} from '@careerpath/sdk'

const careerpath = createCareerPathClient()
careerpath.listRoles().then((roles) => console.log(roles.map((role) => role.title)))
