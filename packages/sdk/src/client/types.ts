import type * as Generated from '../generated/sanity.types'

/**
 * Result types of the client's methods, straight from TypeGen (the GROQ text
 * against the Studio schema). The zod schemas in `@careerpath/sdk/schemas`
 * validate the same shapes; type tests keep the two identical.
 */
type Item<T> = T extends readonly (infer U)[] ? U : never

export type TrackListItem = Item<Generated.TrackListQueryResult>
export type TrackDetail = NonNullable<Generated.TrackQueryResult>
export type RoleListItem = Item<Generated.RoleListQueryResult>
export type RoleDetail = NonNullable<Generated.RoleQueryResult>
export type SkillListItem = Item<Generated.SkillListQueryResult>
export type SkillDetail = NonNullable<Generated.SkillQueryResult>
export type CertificationListItem = Item<Generated.CertificationListQueryResult>
export type CertificationDetail = NonNullable<Generated.CertificationQueryResult>
export type DegreeListItem = Item<Generated.DegreeListQueryResult>
export type DegreeDetail = NonNullable<Generated.DegreeQueryResult>
export type OrganisationListItem = Item<Generated.OrganisationListQueryResult>
export type OrganisationDetail = NonNullable<Generated.OrganisationQueryResult>
export type ResourceListItem = Item<Generated.ResourceListQueryResult>
export type ResourceDetail = NonNullable<Generated.ResourceQueryResult>
export type LearningPathListItem = Item<Generated.LearningPathListQueryResult>
export type LearningPathDetail = NonNullable<Generated.LearningPathQueryResult>
export type FaqListItem = Item<Generated.FaqListQueryResult>
export type FaqDetail = NonNullable<Generated.FaqQueryResult>
export type GuideListItem = Item<Generated.GuideListQueryResult>
export type GuideDetail = NonNullable<Generated.GuideQueryResult>
export type SearchHit = Item<Generated.SearchQueryResult>
/** Fields the Content Lake sets on storing a document; files made for import (the seed, NDJSON) may lack them. */
export type SystemFields = '_createdAt' | '_updatedAt' | '_rev'
/** A TypeGen document type with the system fields optional. */
export type StoredForm<T> = T extends unknown ? Omit<T, SystemFields> & Partial<Pick<T, Extract<keyof T, SystemFields>>> : never
/** A raw curriculum document (any type of the content model), as stored or exported. */
export type CurriculumDocument = StoredForm<Item<Generated.CurriculumDocumentsQueryResult>>
export type PortableText = Generated.BlockContent
/** A FAQ's or guide's links to its translations, as a snapshot keeps them. */
export type TranslationLinks = Item<Generated.TranslationMetadataQueryResult>
