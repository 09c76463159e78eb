import {ArchiveIcon} from '@sanity/icons/Archive'
import {useEffect, useState} from 'react'
import {DEFAULT_STUDIO_CLIENT_OPTIONS, useClient, useDocumentOperation, type DocumentActionComponent} from 'sanity'
import {RetireForm} from '../components/RetireForm'
import {defaultText} from '../schemaTypes/shared/text'
import {canRetire, loadRetireContext, retirementPatch, type RetireContext} from './retire'

/**
 * "Retire certification": asks for the retirement date and the successor,
 * then sets status, date and successor in one patch on the draft (or the
 * release version being edited). Publishing stays the editor's step.
 */
export const RetireCertificationAction: DocumentActionComponent = (props) => {
  const doc = props.version ?? props.draft ?? props.published
  const {patch} = useDocumentOperation(props.id, props.type, props.release)
  // The Studio's own client reads raw: roles recommending it in drafts and releases count too.
  const client = useClient(DEFAULT_STUDIO_CLIENT_OPTIONS)
  const [open, setOpen] = useState(false)
  const [context, setContext] = useState<RetireContext | null>(null)
  const [error, setError] = useState<string | null>(null)
  const vendor = (doc?.vendor as {_ref?: string} | undefined)?._ref

  useEffect(() => {
    if (!open) return
    let live = true
    loadRetireContext(client, props.id, vendor).then(
      (loaded) => live && setContext(loaded),
      (e: Error) => live && setError(`The successors could not be loaded (${e.message}); try again`),
    )
    return () => {
      live = false
    }
  }, [open, client, props.id, vendor])

  if (!canRetire(doc)) return null
  return {
    label: 'Retire certification',
    icon: ArchiveIcon,
    tone: 'critical',
    disabled: Boolean(patch.disabled),
    title: patch.disabled ? 'This document cannot be changed right now' : 'Set the retirement date and the certification that replaces it',
    onHandle: () => {
      setContext(null)
      setError(null)
      setOpen(true)
    },
    dialog: open
      ? {
          type: 'dialog',
          header: 'Retire certification',
          onClose: () => setOpen(false),
          content: (
            <RetireForm
              certificationId={props.id}
              title={defaultText(doc?.title) ?? 'this certification'}
              context={context}
              error={error}
              onCancel={() => setOpen(false)}
              onRetire={(choice) => {
                patch.execute(retirementPatch(choice))
                setOpen(false)
              }}
            />
          ),
        }
      : null,
  }
}
RetireCertificationAction.displayName = 'RetireCertificationAction'
