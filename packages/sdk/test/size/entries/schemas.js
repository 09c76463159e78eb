// Validating one's own data with the SDK's schemas, nothing else.
import {roleDetail} from '@careerpath/sdk/schemas'

fetch('/role.json')
  .then((response) => response.json())
  .then((role) => console.log(roleDetail.safeParse(role).success))
