/** A source article a page's facts come from. */
export interface SourceRef {
  title: string
  /** The article's own address, when the content has one. */
  url?: string | null
  /** Where this site describes it (the Sources page anchor), used when there is no URL. */
  href?: string
  publisher?: string | null
}

/** Drops repeats (same title and URL) while keeping first-seen order. */
export function uniqueSources(sources: Iterable<SourceRef>): SourceRef[] {
  const seen = new Map<string, SourceRef>()
  for (const s of sources) {
    const key = `${s.url ?? ''}|${s.title}`
    if (!seen.has(key)) seen.set(key, s)
  }
  return [...seen.values()]
}
