import {visionTool} from '@sanity/vision'
import {defineConfig} from 'sanity'
import {structureTool} from 'sanity/structure'
import {dataset, projectId} from './env'
import {schemaTypes} from './schemaTypes'
import {API_VERSION} from './schemaTypes/shared/options'
import {defaultDocumentNode, structure} from './structure'

export default defineConfig({
  name: 'default',
  title: 'careerpath',
  projectId,
  dataset,
  plugins: [structureTool({structure, defaultDocumentNode}), visionTool({defaultApiVersion: API_VERSION})],
  schema: {types: schemaTypes},
})
