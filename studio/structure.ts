import type {DefaultDocumentNodeResolver, StructureResolver} from 'sanity/structure'
import {createUsedByView} from './components/UsedByView'
import {API_VERSION, resourceKinds} from './schemaTypes/shared/options'

/** Roles, skills, certifications and resources are shared: show editors where each is used before they change it. */
export const usedBy: Record<string, {title: string; filter: string}> = {
  skill: {title: 'Used by', filter: '_type in ["role", "certification", "resource"] && references($id)'},
  certification: {title: 'Recommended for', filter: '(_type == "role" && references($id)) || (_type == "certification" && successor._ref == $id)'},
  resource: {title: 'Used by', filter: '_type in ["role", "learningPath"] && references($id)'},
  role: {title: 'Linked from', filter: '_type in ["role", "track", "faq", "guide", "learningPath"] && references($id)'},
  sourceArticle: {title: 'Cited by', filter: 'references($id)'},
}

export const defaultDocumentNode: DefaultDocumentNodeResolver = (S, {schemaType}) => {
  const where = usedBy[schemaType]
  if (!where) return S.document()
  return S.document().views([
    S.view.form(),
    S.view.component(createUsedByView(where.filter)).title(where.title).id('used-by'),
  ])
}

export const structure: StructureResolver = (S, context) =>
  S.list()
    .title('Curriculum')
    .items([
      S.listItem()
        .title('Tracks & ladders')
        .schemaType('track')
        .child(
          S.documentTypeList('track')
            .title('Tracks')
            .child((trackId) =>
              S.list()
                .title('Track')
                .items([
                  S.listItem().title('Edit track').child(S.document().schemaType('track').documentId(trackId)),
                  S.listItem()
                    .title('Roles in ladder order')
                    .child(
                      S.documentList()
                        .title('Roles in ladder order')
                        .schemaType('role')
                        .apiVersion(API_VERSION)
                        .filter('_type == "role" && track._ref == $trackId')
                        .params({trackId})
                        .defaultOrdering([{field: 'level', direction: 'asc'}]),
                    ),
                ]),
            ),
        ),
      S.documentTypeListItem('role').title('All roles'),
      S.divider(),
      S.documentTypeListItem('skill').title('Skills'),
      S.listItem()
        .title('Certifications by vendor')
        .schemaType('certification')
        .child(async () => {
          const vendors = await context
            .getClient({apiVersion: API_VERSION})
            .fetch<string[]>('array::unique(*[_type == "certification" && defined(vendor)] | order(vendor asc).vendor)')
          return S.list()
            .title('Vendors')
            .items([
              S.listItem().title('All certifications').child(S.documentTypeList('certification').title('All certifications')),
              S.divider(),
              ...vendors.map((vendor) =>
                S.listItem()
                  .id(`vendor-${vendor.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`)
                  .title(vendor)
                  .child(
                    S.documentList()
                      .title(vendor)
                      .schemaType('certification')
                      .apiVersion(API_VERSION)
                      .filter('_type == "certification" && vendor == $vendor')
                      .params({vendor}),
                  ),
              ),
            ])
        }),
      S.listItem()
        .title('Resources by kind')
        .schemaType('resource')
        .child(
          S.list()
            .title('Kinds')
            .items(
              resourceKinds.map((kind) =>
                S.listItem()
                  .id(`kind-${kind.value}`)
                  .title(kind.title)
                  .child(
                    S.documentList()
                      .title(kind.title)
                      .schemaType('resource')
                      .apiVersion(API_VERSION)
                      .filter('_type == "resource" && kind == $kind')
                      .params({kind: kind.value}),
                  ),
              ),
            ),
        ),
      S.divider(),
      S.documentTypeListItem('learningPath').title('Learning paths'),
      S.documentTypeListItem('faq').title('FAQs'),
      S.documentTypeListItem('guide').title('Guides'),
      S.documentTypeListItem('sourceArticle').title('Source articles'),
    ])
