import {createSnapshot} from '@careerpath/sdk/snapshot'
import {Box, Button, Card, Flex, Stack, Text} from '@sanity/ui'
import {useEffect, useMemo, useRef, useState} from 'react'
import {LiveStatus} from '../components/LiveStatus'
import {useLive, type LiveQuery} from '../components/live'
import {getPublishedId, isDraftId} from '../schemaTypes/shared/overlay'
import {
  PREVIEW_LISTEN,
  PREVIEW_QUERY,
  previewTabs,
  previewTarget,
  visitorDocuments,
  WIDGET_ATTRIBUTES,
  widgetAttributes,
  type PreviewTab,
  type PreviewTarget,
  type StoredDocument,
} from './visitorDocuments'

/** How long typing pauses before the widget reloads with the new text. */
const SETTLE_MS = 300

export interface VisitorPreviewProps {
  liveQuery: LiveQuery
  /** The document as the form shows it now (draft, release version or published). */
  displayed: StoredDocument
  colorScheme?: 'light' | 'dark'
}

/**
 * "Preview as visitors": the `<career-path>` widget (its public npm entry,
 * `@careerpath/widget`) fed a snapshot of the curriculum as it will be when
 * this document goes live: the form's current values, its neighbours'
 * drafts. Live: edits in the form and changes to other documents reload it.
 */
export function VisitorPreview({liveQuery, displayed, colorScheme = 'light'}: VisitorPreviewProps) {
  const state = useLive<StoredDocument[]>(liveQuery, {fetch: PREVIEW_QUERY, listen: PREVIEW_LISTEN, params: {}})
  const documents = useMemo(() => (state.status === 'ready' ? visitorDocuments(state.data, displayed) : null), [state, displayed])
  const target = useMemo<PreviewTarget | null>(() => (documents ? previewTarget(documents, displayed) : null), [documents, displayed])
  const tabs = target ? previewTabs(target) : []
  const [tab, setTab] = useState<PreviewTab | null>(null)
  const current = tabs.find((t) => t.tab === tab && !t.disabled)?.tab ?? tabs[0]?.tab ?? 'role'
  const draft = isDraftId(displayed._id) || displayed._id.startsWith('versions.')

  return (
    <Box padding={4} data-testid="visitor-preview">
      <Stack gap={4}>
        <Text size={1} muted data-testid="preview-says">
          {draft
            ? 'What visitors will see once this draft is published, beside its neighbours as they will be then (drafts included). Updates as you type.'
            : 'What visitors see now: this document as published, beside its published neighbours.'}
        </Text>
        <LiveStatus state={state} loading="Loading the curriculum…" failure="The preview could not be loaded" />
        {target?.type === 'none' && (
          <Card padding={3} tone="caution" radius={2} border>
            <Text>{target.reason}</Text>
          </Card>
        )}
        {target && target.type !== 'none' && (
          <Flex gap={2} wrap="wrap" role="tablist" aria-label="What to preview">
            {tabs.map((t) => (
              <Button
                key={t.tab}
                role="tab"
                aria-selected={t.tab === current}
                mode={t.tab === current ? 'default' : 'ghost'}
                text={t.label}
                disabled={Boolean(t.disabled)}
                title={t.disabled}
                onClick={() => setTab(t.tab)}
              />
            ))}
          </Flex>
        )}
        {documents && target && target.type !== 'none' && (
          <Card radius={2} border data-testid="widget-frame">
            <WidgetHost documents={documents} attributes={widgetAttributes(target, current)} colorScheme={colorScheme} label={getPublishedId(displayed._id)} />
          </Card>
        )}
      </Stack>
    </Box>
  )
}

/**
 * Mounts one `<career-path>` and keeps it in step: a new snapshot (as a blob
 * URL in `src`) when the documents settle, attributes when the tab changes.
 * The widget's module is loaded on first use (it defines a custom element, so
 * it is browser-only, and most editors never open this view). The element is
 * attached only once it has its first `src`, so it never loads the built-in
 * sample curriculum in between.
 */
function WidgetHost({documents, attributes, colorScheme, label}: {documents: StoredDocument[]; attributes: Record<string, string>; colorScheme: 'light' | 'dark'; label: string}) {
  const host = useRef<HTMLDivElement>(null)
  const [element, setElement] = useState<HTMLElement | null>(null)
  const [failure, setFailure] = useState<string | null>(null)
  const urls = useRef<string[]>([])

  useEffect(() => {
    let el: HTMLElement | undefined
    let cancelled = false
    import('@careerpath/widget').then(
      ({define}) => {
        if (cancelled) return
        define()
        el = document.createElement('career-path')
        el.setAttribute('loading', 'eager')
        el.setAttribute('data-preview-of', label)
        // Earlier snapshots are freed once the widget has read a newer one.
        el.addEventListener('careerpath:load', () => {
          const current = el!.getAttribute('src')
          for (const url of urls.current.filter((u) => u !== current)) URL.revokeObjectURL(url)
          urls.current = current ? [current] : []
        })
        setElement(el)
      },
      (error: Error) => !cancelled && setFailure(error.message),
    )
    return () => {
      cancelled = true
      el?.remove()
      for (const url of urls.current) URL.revokeObjectURL(url)
      urls.current = []
      setElement(null)
    }
  }, [label])

  useEffect(() => {
    if (!element) return
    element.setAttribute('theme', colorScheme)
    for (const name of WIDGET_ATTRIBUTES) {
      if (attributes[name]) element.setAttribute(name, attributes[name])
      else element.removeAttribute(name)
    }
  }, [element, attributes, colorScheme])

  useEffect(() => {
    if (!element) return
    const timer = setTimeout(
      () => {
        const snapshot = createSnapshot(documents, {kind: 'documents', perspective: 'drafts'})
        const url = URL.createObjectURL(new Blob([JSON.stringify(snapshot)], {type: 'application/json'}))
        urls.current.push(url)
        element.setAttribute('src', url)
        if (!element.isConnected) host.current?.append(element)
      },
      element.isConnected ? SETTLE_MS : 0,
    )
    return () => clearTimeout(timer)
  }, [element, documents])

  if (failure) return <Box padding={3}><Text>The widget could not be loaded: {failure}</Text></Box>
  return <div ref={host} />
}
