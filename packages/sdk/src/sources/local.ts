import type {ExprNode} from 'groq-js'
import {ConfigurationError} from '../core'
import {applyPerspective, describePerspective, type Perspective, type StoredDocument} from './perspective'
import type {QuerySource, SourceDescription} from './types'

export interface LocalSourceOptions {
  /** The dataset, or a loader called once on the first query; absent: the curriculum embedded in the SDK, loaded with the first query (its own chunk). */
  documents?: readonly StoredDocument[] | (() => Promise<readonly StoredDocument[]>)
  perspective: Perspective
  origin: 'embedded' | 'local'
}

type Groq = typeof import('groq-js')

/**
 * groq-js (the parser and evaluator, ~15 KB gzip) loads with the first local
 * query, in a chunk of its own: an app that reads a Sanity project never loads it.
 */
let groq: Promise<Groq> | undefined
const loadGroq = (): Promise<Groq> =>
  (groq ??= import('groq-js').catch((error: unknown) => {
    groq = undefined // a failed load (offline, a deploy swapped the chunk) is retried on the next query
    throw error
  }))

/** Parsed GROQ per query text: the SDK's queries are few and fixed, so parsing once pays off. */
const parsed = new Map<string, ExprNode>()
const MAX_PARSED = 200
/** A slice bound that is a parameter (`[$start...$end]`): groq-js, like the Content Lake, needs its value to parse. */
const paramInSlice = /\[[^\]]*\$\w+[^\]]*\.\.|\.\.\.?\s*\$\w+/

function parseOnce(parse: Groq['parse'], query: string, params: Record<string, unknown>): ExprNode {
  // Parameters given to the parser become constants in the tree, so such a tree is cached per parameter values.
  const withParams = paramInSlice.test(query)
  const key = withParams ? `${query}\u0000${JSON.stringify(params)}` : query
  let tree = parsed.get(key)
  if (!tree) {
    tree = withParams ? parse(query, {params}) : parse(query)
    if (parsed.size >= MAX_PARSED) parsed.delete(parsed.keys().next().value!)
    parsed.set(key, tree)
  }
  return tree
}

interface View {
  documents: StoredDocument[]
  byId: Map<string, StoredDocument>
}

export function createView(documents: readonly StoredDocument[], perspective: Perspective): View {
  documents.forEach((doc, i) => {
    if (typeof doc !== 'object' || doc === null || typeof doc._id !== 'string' || typeof doc._type !== 'string') {
      throw new ConfigurationError('documents', `documents[${i}] is not a Sanity document: it needs a string _id and _type`)
    }
  })
  const visible = applyPerspective(documents, perspective)
  return {documents: visible, byId: new Map(visible.map((doc) => [doc._id, doc]))}
}

/**
 * Evaluates GROQ in memory with groq-js. `->` goes through a Map by `_id`:
 * groq-js's default dereference scans the whole dataset for every reference.
 */
export async function evaluateInView(view: View, query: string, params: Record<string, unknown>): Promise<unknown> {
  const {evaluate, evaluateSync, parse} = await loadGroq()
  const tree = parseOnce(parse, query, params)
  const options = {dataset: view.documents, params, dereference: ({_ref}: {_ref: string}) => view.byId.get(_ref) ?? null}
  // The synchronous evaluator skips a promise per node and is several times
  // faster; the few functions it lacks (diff::, delta::) fall back to async.
  if (!asyncOnly.has(query)) {
    try {
      return evaluateSync(tree, options).get()
    } catch (error) {
      if (!(error instanceof Error) || !/not supported|synchronous mode|evaluateSync/i.test(error.message)) throw error
      asyncOnly.add(query)
    }
  }
  return (await evaluate(tree, options)).get()
}

/** Query texts that needed the async evaluator once, so they skip the sync attempt. */
const asyncOnly = new Set<string>()

export function createLocalSource(options: LocalSourceOptions): QuerySource {
  let view: Promise<View> | undefined
  const load = () =>
    (view ??= (async () => {
      const {documents = async () => (await import('../embedded')).embeddedDocuments} = options
      const docs = typeof documents === 'function' ? await documents() : documents
      return createView(docs, options.perspective)
    })().catch((error: unknown) => {
      view = undefined // a failed load is retried on the next query
      throw error
    }))
  const description: SourceDescription = {kind: options.origin, perspective: describePerspective(options.perspective)}

  return {
    kind: 'local',
    perspective: options.perspective,
    async fetch(query, params) {
      return evaluateInView(await load(), query, params)
    },
    describe: () => description,
  }
}
