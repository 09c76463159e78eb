import type {Perspective} from './perspective'

/** Where results come from; both kinds run the same GROQ text. */
export interface QuerySource {
  readonly kind: 'sanity' | 'local'
  readonly perspective: Perspective
  fetch(query: string, params: Record<string, unknown>): Promise<unknown>
  /** What a snapshot records as its origin (never a token). */
  describe(): SourceDescription
}

export type SourceDescription =
  | {kind: 'embedded'; perspective: string}
  | {kind: 'local'; perspective: string}
  | {kind: 'sanity'; projectId: string; dataset: string; perspective: string}
