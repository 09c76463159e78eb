import {documentInternationalization} from '@sanity/document-internationalization'
import {visionTool} from '@sanity/vision'
import {defineConfig} from 'sanity'
import {internationalizedArray} from 'sanity-plugin-internationalized-array'
import {structureTool} from 'sanity/structure'
import {withPublishCheck} from './actions/CheckedPublishAction'
import {dataset, projectId} from './env'
import {schemaTypes} from './schemaTypes'
import {API_VERSION, defaultLanguage, documentTranslatedTypes, supportedLanguages} from './schemaTypes/shared/options'
import {defaultDocumentNode, structure} from './structure'

/**
 * Languages follow Sanity's guidance (https://www.sanity.io/docs/studio/localization):
 * structured types that mix shared structure with text are translated field by
 * field (internationalized arrays); prose (FAQs, guides) one document per language.
 */
export default defineConfig({
  name: 'default',
  title: 'careerpath',
  projectId,
  dataset,
  plugins: [
    structureTool({structure, defaultDocumentNode}),
    internationalizedArray({
      languages: supportedLanguages.map((l) => ({id: l.id, title: l.title})),
      defaultLanguages: [defaultLanguage],
      fieldTypes: ['string', 'text'],
    }),
    documentInternationalization({
      supportedLanguages: supportedLanguages.map((l) => ({id: l.id, title: l.title})),
      schemaTypes: [...documentTranslatedTypes],
    }),
    visionTool({defaultApiVersion: API_VERSION}),
  ],
  schema: {types: schemaTypes},
  document: {
    // Roles publish only after the cross-document rules pass against the dataset as it is then (actions/publishCheck.ts).
    actions: (actions, context) =>
      context.schemaType === 'role' ? actions.map((action) => (action.action === 'publish' ? withPublishCheck(action) : action)) : actions,
  },
})
