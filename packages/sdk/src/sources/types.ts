import type {Perspective} from './perspective'

/** Options one request may carry (see `RequestOptions` on the client). */
export interface FetchOptions {
  /** Aborts the request, and any wait before a retry. */
  signal?: AbortSignal
  /** Request tag for Sanity's logs (after the client's `requestTagPrefix`). */
  tag?: string
  /** Overrides the source's perspective for this request (already checked). */
  perspective?: Perspective
  /** Overrides `useCdn` for this request. */
  useCdn?: boolean
}

/** Where results come from; both kinds run the same GROQ text. */
export interface QuerySource {
  readonly kind: 'sanity' | 'local'
  readonly perspective: Perspective
  fetch(query: string, params: Record<string, unknown>, options?: FetchOptions): Promise<unknown>
  /** What a snapshot records as its origin (never a token). */
  describe(): SourceDescription
}

export type SourceDescription =
  | {kind: 'embedded'; perspective: string}
  | {kind: 'local'; perspective: string}
  | {kind: 'sanity'; projectId: string; dataset: string; perspective: string}
