/** A source article a page's facts come from. */
export interface SourceRef {
  title: string
  url: string
}

/** Drops repeats (same URL) while keeping first-seen order. */
export function uniqueSources(sources: Iterable<SourceRef>): SourceRef[] {
  const seen = new Map<string, SourceRef>()
  for (const s of sources) if (!seen.has(s.url)) seen.set(s.url, s)
  return [...seen.values()]
}
