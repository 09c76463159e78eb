import {documentInternationalization} from '@sanity/document-internationalization'
import {visionTool} from '@sanity/vision'
import {defineConfig, type DocumentActionComponent} from 'sanity'
import {presentationTool} from 'sanity/presentation'
import {internationalizedArray} from 'sanity-plugin-internationalized-array'
import {structureTool} from 'sanity/structure'
import {withPublishCheck} from './actions/CheckedPublishAction'
import {RetireCertificationAction} from './actions/RetireCertificationAction'
import {badgesFor} from './badges'
import {careerMapTool} from './careerMap/CareerMapTool'
import {dataset, docsUrl, projectId} from './env'
import {withIncomingReferences} from './incomingReferences'
import {locations, mainDocuments} from './presentation'
import {schemaTypes} from './schemaTypes'
import {API_VERSION, defaultLanguage, documentTranslatedTypes, supportedLanguages} from './schemaTypes/shared/options'
import {defaultDocumentNode, structure} from './structure'
import {LIST_ONLY_TEMPLATES, templates} from './templates'

/** Actions added per document type, after Sanity's own (publish, unpublish, discard, duplicate, delete…). */
const extraActions: Record<string, DocumentActionComponent[]> = {certification: [RetireCertificationAction]}

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
    // Which docs-site pages show a role, track, skill or certification (presentation.ts).
    presentationTool({title: 'Docs site', previewUrl: {origin: docsUrl, preview: '/curriculum/'}, resolve: {locations, mainDocuments}}),
    visionTool({defaultApiVersion: API_VERSION}),
  ],
  // The career map next to the structure tool, before Presentation and Vision.
  tools: (tools) => {
    const after = tools.findIndex((tool) => tool.name === 'structure') + 1
    return [...tools.slice(0, after), careerMapTool, ...tools.slice(after)]
  },
  schema: {
    // Each shared document lists, live, the documents that point at it (incomingReferences.ts).
    types: schemaTypes.map(withIncomingReferences),
    templates: (defaults) => [...defaults, ...templates],
  },
  document: {
    // Templates that need a list's parameter (a track, a kind, a vendor) are offered in those lists only.
    newDocumentOptions: (options, {creationContext}) => (creationContext.type === 'global' ? options.filter((o) => !LIST_ONLY_TEMPLATES.includes(o.templateId)) : options),
    // Roles publish only after the cross-document rules pass against the dataset as it is then (actions/publishCheck.ts).
    actions: (actions, context) => [
      ...(context.schemaType === 'role' ? actions.map((action) => (action.action === 'publish' ? withPublishCheck(action) : action)) : actions),
      ...(extraActions[context.schemaType] ?? []),
    ],
    badges: (badges, context) => [...badges, ...(badgesFor[context.schemaType] ?? [])],
  },
})
