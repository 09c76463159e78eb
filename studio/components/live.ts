/**
 * Live data for the Studio's own React tools (career map, visitor preview).
 * In the Studio a `LiveQuery` is `documentStore.listenQuery` (fetch, then
 * refetch whenever a document matching `listen` changes); the component tests
 * give the same components a `LiveQuery` on the test server. Components only
 * know this interface, so they build without the Studio.
 */
import {useEffect, useMemo, useState} from 'react'
import type {Observable} from 'rxjs'

export interface LiveQuerySpec {
  /** The GROQ query whose result is shown. */
  fetch: string
  /** A filter query (`*[...]`): a change to a document it matches refetches. */
  listen: string
  params: Record<string, string | number | boolean | string[]>
}

export type LiveQuery = <R>(spec: LiveQuerySpec) => Observable<R>

export type LiveState<R> = {status: 'loading'} | {status: 'ready'; data: R} | {status: 'error'; message: string}

/** Subscribes to `spec` for as long as the component is mounted; a new spec (by value) resubscribes. */
export function useLive<R>(liveQuery: LiveQuery, spec: LiveQuerySpec): LiveState<R> {
  const key = JSON.stringify(spec)
  // Compared by value: callers pass a fresh object on every render.
  const stable = useMemo(() => JSON.parse(key) as LiveQuerySpec, [key])
  const [state, setState] = useState<LiveState<R>>({status: 'loading'})
  useEffect(() => {
    const subscription = liveQuery<R>(stable).subscribe({
      next: (data) => setState({status: 'ready', data}),
      error: (error: unknown) => setState({status: 'error', message: error instanceof Error ? error.message : String(error)}),
    })
    return () => subscription.unsubscribe()
  }, [liveQuery, stable])
  return state
}
