import type {DefaultDocumentNodeResolver, StructureBuilder, StructureResolver} from 'sanity/structure'
import {VisitorPreviewView} from './preview/VisitorPreviewView'
import {API_VERSION, defaultLanguage, ladderKinds, resourceKinds} from './schemaTypes/shared/options'
import {TEMPLATE_IDS} from './templates'

/**
 * What a list shows, said in its title. Document lists follow the perspective
 * the editor picks in the navbar (drafts, a release, or published). Lists the
 * structure builds from its own query use the Studio's client, which reads
 * `raw` (every version), so they filter drafts and versions out explicitly and
 * say "published only".
 */
export const PERSPECTIVE_LABELS = {current: 'current perspective', published: 'published only'} as const
export const titled = (title: string, perspective: keyof typeof PERSPECTIVE_LABELS) => `${title} · ${PERSPECTIVE_LABELS[perspective]}`

/** Keeps only published documents when the client reads raw. */
export const PUBLISHED_ONLY = '!(_id in path("drafts.**")) && !(_id in path("versions.**"))'

const localizedTitle = 'coalesce(title[language == $language][0].value, title[0].value)'

/** Published organisations that a published certification names as its vendor. */
export const VENDORS_QUERY = `*[_type == "organisation" && ${PUBLISHED_ONLY} && _id in *[_type == "certification" && ${PUBLISHED_ONLY}].vendor._ref]{_id, "title": ${localizedTitle}} | order(lower(title) asc)`

export const FILTERS = {
  ladders: '_type == "track" && kind in $ladderKinds',
  families: '_type == "track" && kind == "family"',
  rolesOfTrack: '_type == "role" && track._ref == $trackId',
  certificationsOfVendor: '_type == "certification" && vendor._ref == $vendorId',
  resourcesOfKind: '_type == "resource" && kind == $kind',
} as const

/** Types with a "Preview as visitors" view: the widget shows roles and tracks. (Where a document is used is in its form: see incomingReferences.ts.) */
export const PREVIEWED_TYPES: readonly string[] = ['role', 'track']

export const defaultDocumentNode: DefaultDocumentNodeResolver = (S, {schemaType}) => {
  if (!PREVIEWED_TYPES.includes(schemaType)) return S.document()
  return S.document().views([S.view.form(), S.view.component(VisitorPreviewView).title('Preview as visitors').id('visitor-preview')])
}

/** A ladder or family opens into the track itself and its roles (by rung on a ladder, by seniority in a family). */
function trackList(S: StructureBuilder, kind: 'ladder' | 'family') {
  const ladder = kind === 'ladder'
  return S.documentList()
    .id(ladder ? 'ladders' : 'families')
    .title(titled(ladder ? 'Ladders' : 'Families', 'current'))
    .schemaType('track')
    .apiVersion(API_VERSION)
    .filter(ladder ? FILTERS.ladders : FILTERS.families)
    .params(ladder ? {ladderKinds: [...ladderKinds]} : {})
    .child((trackId) =>
      S.list()
        .title(ladder ? 'Ladder' : 'Family')
        .items([
          S.listItem().id('edit').title(ladder ? 'Edit ladder' : 'Edit family').child(S.document().schemaType('track').documentId(trackId)),
          S.listItem()
            .id('roles')
            .title(ladder ? 'Roles by rung' : 'Roles')
            .child(
              S.documentList()
                .id(ladder ? 'roles-by-rung' : 'roles-of-family')
                .title(titled(ladder ? 'Roles by rung' : 'Roles by seniority', 'current'))
                .schemaType('role')
                .apiVersion(API_VERSION)
                .filter(FILTERS.rolesOfTrack)
                .params({trackId})
                .defaultOrdering(ladder ? [{field: 'rung', direction: 'asc'}] : [{field: 'seniority', direction: 'asc'}])
                // A role created here names this track (and, on a ladder, takes the next rung), so it stays in the list.
                // Last in the chain: in sanity 6.9 any later call on a document list re-infers the templates from the filter.
                .initialValueTemplates([S.initialValueTemplateItem(TEMPLATE_IDS.roleInTrack, {trackId})]),
            ),
        ]),
    )
}

const typeList = (S: StructureBuilder, type: string, title: string) =>
  S.listItem().id(type).title(title).schemaType(type).child(S.documentTypeList(type).title(titled(title, 'current')))

export const structure: StructureResolver = (S, context) =>
  S.list()
    .title('Curriculum')
    .items([
      S.listItem().id('ladders').title('Ladders').schemaType('track').child(trackList(S, 'ladder')),
      S.listItem().id('families').title('Families').schemaType('track').child(trackList(S, 'family')),
      typeList(S, 'role', 'All roles'),
      S.divider(),
      typeList(S, 'skill', 'Skills'),
      S.listItem()
        .id('certificationsByVendor')
        .title('Certifications by vendor')
        .schemaType('certification')
        .child(async () => {
          const vendors = await context.getClient({apiVersion: API_VERSION}).fetch<{_id: string; title: string | null}[]>(VENDORS_QUERY, {language: defaultLanguage})
          return S.list()
            .id('vendors')
            .title(titled('Vendors', 'published'))
            .items([
              S.listItem().id('all-certifications').title('All certifications').child(S.documentTypeList('certification').title(titled('All certifications', 'current'))),
              S.divider(),
              ...vendors.map((vendor) =>
                S.listItem()
                  .id(`vendor-${vendor._id}`)
                  .title(vendor.title ?? vendor._id)
                  .child(
                    S.documentList()
                      .id(`certifications-${vendor._id}`)
                      .title(titled(vendor.title ?? vendor._id, 'current'))
                      .schemaType('certification')
                      .apiVersion(API_VERSION)
                      .filter(FILTERS.certificationsOfVendor)
                      .params({vendorId: vendor._id})
                      .initialValueTemplates([S.initialValueTemplateItem(TEMPLATE_IDS.certificationFromOrganisation, {organisationId: vendor._id})]),
                  ),
              ),
            ])
        }),
      typeList(S, 'degree', 'Degrees'),
      typeList(S, 'organisation', 'Organisations'),
      S.listItem()
        .id('resourcesByKind')
        .title('Resources by kind')
        .schemaType('resource')
        .child(
          S.list()
            .id('resource-kinds')
            .title('Kinds')
            .items(
              resourceKinds.map((kind) =>
                S.listItem()
                  .id(`kind-${kind.value}`)
                  .title(kind.title)
                  .child(
                    S.documentList()
                      .id(`resources-${kind.value}`)
                      .title(titled(kind.title, 'current'))
                      .schemaType('resource')
                      .apiVersion(API_VERSION)
                      .filter(FILTERS.resourcesOfKind)
                      .params({kind: kind.value})
                      .initialValueTemplates([S.initialValueTemplateItem(TEMPLATE_IDS.resourceOfKind, {kind: kind.value})]),
                  ),
              ),
            ),
        ),
      S.divider(),
      typeList(S, 'learningPath', 'Learning paths'),
      typeList(S, 'faq', 'FAQs'),
      typeList(S, 'guide', 'Guides'),
      typeList(S, 'sourceArticle', 'Source articles'),
    ])
