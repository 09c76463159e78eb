import {defineCliConfig} from 'sanity/cli'
import {dataset, projectId} from './env'

export default defineCliConfig({
  api: {projectId, dataset},
  // TypeGen reads the SDK's queries and writes their result types next to them: schema → SDK, one way.
  typegen: {
    schema: './schema.json',
    path: '../packages/sdk/src/queries/**/*.ts',
    generates: '../packages/sdk/src/generated/sanity.types.ts',
    overloadClientMethods: false,
  },
  deployment: {autoUpdates: false},
})
