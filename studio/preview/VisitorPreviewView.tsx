import {useMemo} from 'react'
import {useColorSchemeValue, useDocumentStore} from 'sanity'
import type {UserViewComponent} from 'sanity/structure'
import {studioLiveQuery} from '../components/studioLive'
import {VisitorPreview} from './VisitorPreview'
import type {StoredDocument} from './visitorDocuments'

/** The "Preview as visitors" document view on roles and tracks: the form's current values, in the widget. */
export const VisitorPreviewView: UserViewComponent = ({document, documentId, schemaType}) => {
  const documentStore = useDocumentStore()
  const scheme = useColorSchemeValue()
  const liveQuery = useMemo(() => studioLiveQuery(documentStore), [documentStore])
  // A document not saved yet has no id in `displayed`: it will be created as a draft.
  const displayed = useMemo(
    () => ({_type: schemaType.name, ...document.displayed, _id: document.displayed._id ?? `drafts.${documentId}`}) as StoredDocument,
    [document.displayed, documentId, schemaType.name],
  )
  return <VisitorPreview liveQuery={liveQuery} displayed={displayed} colorScheme={scheme === 'dark' ? 'dark' : 'light'} />
}
