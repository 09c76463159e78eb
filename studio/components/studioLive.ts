import type {DocumentStore} from 'sanity'
import {API_VERSION} from '../schemaTypes/shared/options'
import type {LiveQuery} from './live'

/**
 * A `LiveQuery` on the Studio's document store: `listenQuery` fetches with the
 * Studio's client (perspective raw: published, drafts and release versions)
 * and fetches again after any mutation to a document `listen` matches.
 */
export function studioLiveQuery(documentStore: DocumentStore): LiveQuery {
  return (spec) => documentStore.listenQuery({fetch: spec.fetch, listen: spec.listen}, spec.params, {apiVersion: API_VERSION, perspective: 'raw', throttleTime: 1000})
}
