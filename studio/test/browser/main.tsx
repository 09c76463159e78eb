/**
 * The component-test harness page: renders one of the Studio's own React
 * tools (career map, visitor preview, retire form) with @sanity/ui's theme,
 * the way the Studio renders them, but with a real `@sanity/client` on the
 * test server (`?api=…&token=…`) instead of the Studio's document store. Its
 * `LiveQuery` refetches every 250 ms (the test server has no listener), which
 * stands in for `documentStore.listenQuery`. What an editor's clicks would do
 * in the Studio (open a role, retire) is recorded on `window` for the test.
 */
import '@sanity/ui/styles.css'
import {createClient} from '@sanity/client'
import {Card, Dialog, LayerProvider, ThemeProvider} from '@sanity/ui'
import {ToastProvider} from '@sanity/ui/toast'
import {buildTheme} from '@sanity/ui/theme'
import {StrictMode, useEffect, useState} from 'react'
import {createRoot} from 'react-dom/client'
import {distinctUntilChanged, map, switchMap, timer} from 'rxjs'
import {loadRetireContext, type RetireChoice, type RetireContext} from '../../actions/retire'
import {CareerMap} from '../../careerMap/CareerMap'
import type {LiveQuery} from '../../components/live'
import {RetireForm} from '../../components/RetireForm'
import {VisitorPreview} from '../../preview/VisitorPreview'
import type {StoredDocument} from '../../preview/visitorDocuments'
import {API_VERSION} from '../../schemaTypes/shared/options'
import {defaultText} from '../../schemaTypes/shared/text'

interface HarnessWindow {
  __opened: string[]
  __retired: RetireChoice[]
  __cancelled: number
  __setDisplayed?: (doc: StoredDocument) => void
}
const w = window as unknown as Window & HarnessWindow
w.__opened = []
w.__retired = []
w.__cancelled = 0

const params = new URLSearchParams(location.search)
const client = createClient({
  projectId: 'careerpath',
  dataset: 'production',
  apiHost: params.get('api')!,
  useProjectHostname: false,
  token: params.get('token') ?? undefined,
  apiVersion: API_VERSION,
  useCdn: false,
  perspective: 'raw',
  ignoreBrowserTokenWarning: true,
})

const liveQuery: LiveQuery = <R,>(spec: {fetch: string; params: Record<string, unknown>}) =>
  timer(0, 250).pipe(
    switchMap(() => client.observable.fetch<R>(spec.fetch, spec.params)),
    map((result) => ({result, key: JSON.stringify(result)})),
    distinctUntilChanged((a, b) => a.key === b.key),
    map(({result}) => result),
  )

function Preview({id}: {id: string}) {
  const [displayed, setDisplayed] = useState<StoredDocument | null>(null)
  useEffect(() => {
    w.__setDisplayed = setDisplayed
    client.fetch<StoredDocument>('*[_id == $id][0]', {id}).then(setDisplayed)
  }, [id])
  return displayed ? <VisitorPreview liveQuery={liveQuery} displayed={displayed} colorScheme={params.get('scheme') === 'dark' ? 'dark' : 'light'} /> : null
}

function Retire({id}: {id: string}) {
  const [doc, setDoc] = useState<StoredDocument | null>(null)
  const [context, setContext] = useState<RetireContext | null>(null)
  const [error, setError] = useState<string | null>(null)
  useEffect(() => {
    client
      .fetch<StoredDocument>('*[_id == $id][0]', {id})
      .then((found) => {
        setDoc(found)
        return loadRetireContext(client, id, (found.vendor as {_ref?: string} | undefined)?._ref).then(setContext)
      })
      .catch((e: Error) => setError(e.message))
  }, [id])
  if (!doc) return null
  return (
    <Dialog id="retire" header="Retire certification" width={1} onClose={() => (w.__cancelled += 1)}>
      <RetireForm
        certificationId={id}
        title={defaultText(doc.title) ?? id}
        context={context}
        error={error}
        onRetire={(choice) => w.__retired.push(choice)}
        onCancel={() => (w.__cancelled += 1)}
      />
    </Dialog>
  )
}

function Harness() {
  const view = params.get('view')
  const id = params.get('doc') ?? ''
  if (view === 'map') return <CareerMap liveQuery={liveQuery} onOpenRole={(roleId) => w.__opened.push(roleId)} />
  if (view === 'preview') return <Preview id={id} />
  if (view === 'retire') return <Retire id={id} />
  return <p>Unknown view</p>
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ThemeProvider theme={buildTheme()} scheme={params.get('scheme') === 'dark' ? 'dark' : 'light'}>
      <ToastProvider>
        <LayerProvider>
          <Card style={{minHeight: '100vh'}}>
            <Harness />
          </Card>
        </LayerProvider>
      </ToastProvider>
    </ThemeProvider>
  </StrictMode>,
)
