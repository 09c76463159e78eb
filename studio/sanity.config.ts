import {documentInternationalization} from '@sanity/document-internationalization'
import {deDELocale} from '@sanity/locale-de-de'
import {esESLocale} from '@sanity/locale-es-es'
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
import {API_VERSION, defaultLanguage, documentTranslatedTypes, fieldTranslatedTypes, supportedLanguages, type TranslationLanguage} from './schemaTypes/shared/options'
import {defaultDocumentNode, structure} from './structure'
import {LIST_ONLY_TEMPLATES, templates} from './templates'

/** Actions added per document type, after Sanity's own (publish, unpublish, discard, duplicate, delete…). */
const extraActions: Record<string, DocumentActionComponent[]> = {certification: [RetireCertificationAction]}

/** The languages as both translation plugins take them: the language's own name on buttons and menus. */
const pluginLanguages = supportedLanguages.map((l) => ({id: l.id, title: l.title}))

/**
 * The Studio's own interface (menus, dialogs, Sanity's built-in messages) in the
 * curriculum's other languages, from Sanity's locale packages; each editor picks
 * one in the user menu. A language without a package keeps an English interface.
 */
const defaultStudioLocale = supportedLanguages[0].studioLocale
const interfaceLocales: Partial<Record<TranslationLanguage, () => ReturnType<typeof deDELocale>>> = {de: () => deDELocale(), es: () => esESLocale()}

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
      languages: pluginLanguages,
      defaultLanguages: [defaultLanguage],
      fieldTypes: ['string', 'text'],
      // "Deutsch (DE)" on the add-translation buttons, one per field and one row for the whole document.
      languageDisplay: 'titleAndCode',
      buttonLocations: ['field', 'document'],
      // The plugin's language filter: English is always shown; editors add Spanish and/or German to the form when they translate.
      languageFilter: {documentTypes: [...fieldTranslatedTypes], defaultLanguages: [defaultLanguage]},
    }),
    // FAQs and guides: the language badge, the translations menu (open or create a translation) and its metadata documents.
    documentInternationalization({
      supportedLanguages: pluginLanguages,
      schemaTypes: [...documentTranslatedTypes],
    }),
    ...Object.values(interfaceLocales).map((locale) => locale()),
    // Which docs-site pages show a role, track, skill or certification (presentation.ts).
    presentationTool({title: 'Docs site', previewUrl: {origin: docsUrl, preview: '/curriculum/'}, resolve: {locations, mainDocuments}}),
    visionTool({defaultApiVersion: API_VERSION}),
  ],
  // The career map next to the structure tool, before Presentation and Vision.
  tools: (tools) => {
    const after = tools.findIndex((tool) => tool.name === 'structure') + 1
    return [...tools.slice(0, after), careerMapTool, ...tools.slice(after)]
  },
  i18n: {
    // Sanity starts an editor who has not picked an interface language in the last locale registered; English is the default, so it goes last.
    locales: (locales) => [...locales.filter((l) => l.id !== defaultStudioLocale), ...locales.filter((l) => l.id === defaultStudioLocale)],
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
