import {evaluate, GroqSyntaxError, parse, type ExprNode} from 'groq-js'
import type {StoredDocument} from './documents'

/** A view of the dataset ready to query: the documents plus an index for `->`. */
export interface QueryableView {
  documents: StoredDocument[]
  byId: Map<string, StoredDocument>
}

export function createView(documents: StoredDocument[]): QueryableView {
  return {documents, byId: new Map(documents.map((d) => [d._id, d]))}
}

/** An HTTP error the server answers with, body shaped like the Content Lake's. */
export class HttpFailure {
  constructor(
    readonly status: number,
    readonly body: unknown,
  ) {}
}

/** The body the Content Lake sends for a query it cannot parse; @sanity/client formats it with a code frame. */
function queryParseError(query: string, description: string, start: number, end: number): HttpFailure {
  return new HttpFailure(400, {error: {description, query, start, end, type: 'queryParseError'}})
}

function collectParameterNames(node: unknown, into: Set<string>): Set<string> {
  if (Array.isArray(node)) {
    for (const child of node) collectParameterNames(child, into)
  } else if (node && typeof node === 'object') {
    const n = node as {type?: unknown; name?: unknown}
    if (n.type === 'Parameter' && typeof n.name === 'string') into.add(n.name)
    for (const value of Object.values(node)) collectParameterNames(value, into)
  }
  return into
}

export interface QueryContext {
  projectId: string
  dataset: string
}

/** `$name` tokens in the query text (strings included): only used to explain a parse error a missing param caused. */
const mentionedParams = (query: string) => new Set([...query.matchAll(/\$([A-Za-z_][A-Za-z0-9_]*)/g)].map((m) => m[1]!))

function parseWithParams(query: string, params: Record<string, unknown>): ExprNode {
  try {
    // Params go to the parser too: groq-js (like the Lake) needs constant numbers for slices such as `[$start...$end]`.
    return parse(query, {params})
  } catch (error) {
    if (error instanceof GroqSyntaxError) {
      const start = Math.min(error.position, query.length)
      throw queryParseError(query, error.message.replace(/^Syntax error in GROQ query at position \d+:?\s*/, '') || 'syntax error', start, Math.min(start + 1, query.length))
    }
    // A slice bound that was not given fails parsing; the Lake names the missing param instead.
    const missing = [...mentionedParams(query)].filter((name) => !(name in params))
    if (missing.length > 0) {
      const placeholders = Object.fromEntries(missing.map((name) => [name, 0]))
      try {
        parse(query, {params: {...params, ...placeholders}})
        throw queryParseError(query, `param $${missing[0]} referenced, but not provided`, 0, query.length)
      } catch (retry) {
        if (retry instanceof HttpFailure) throw retry
      }
    }
    // groq-js reports unknown functions, misplaced operators and non-number slices as plain errors without a position.
    throw queryParseError(query, error instanceof Error ? error.message : String(error), 0, query.length)
  }
}

export interface QueryOutcome {
  result: unknown
  /** Ids of the documents `->` followed while evaluating (for sync tags). */
  dereferenced: Set<string>
}

/** Parses and evaluates a GROQ query the way the query endpoint does; throws HttpFailure for bad queries. */
export async function runQuery(
  query: string,
  params: Record<string, unknown>,
  view: QueryableView,
  context: QueryContext,
): Promise<QueryOutcome> {
  const tree = parseWithParams(query, params)
  for (const name of collectParameterNames(tree, new Set())) {
    if (!(name in params)) throw queryParseError(query, `param $${name} referenced, but not provided`, 0, query.length)
  }
  const dereferenced = new Set<string>()
  try {
    const value = await evaluate(tree, {
      dataset: view.documents,
      params,
      sanity: context,
      // Indexed lookup: without it groq-js scans the whole dataset for every `->`.
      dereference: ({_ref}) => {
        const doc = view.byId.get(_ref) ?? null
        if (doc) dereferenced.add(doc._id)
        return doc
      },
    })
    return {result: await value.get(), dereferenced}
  } catch (error) {
    throw new HttpFailure(400, {
      error: {description: error instanceof Error ? error.message : String(error), query, type: 'queryExecutionError'},
    })
  }
}
