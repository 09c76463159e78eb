import type {ConditionalPropertyCallbackContext} from 'sanity'

/** A field's `hidden` callback from a type definition, callable with the parts of the context a test sets. */
export function hiddenOf(type: {fields?: unknown}, name: string): (context: Partial<Omit<ConditionalPropertyCallbackContext, 'document'>> & {document?: Record<string, unknown>}) => boolean {
  const field = (type.fields as {name: string; hidden?: unknown}[]).find((f) => f.name === name)
  if (typeof field?.hidden !== 'function') throw new Error(`${name} has no hidden callback`)
  return field.hidden as never
}
