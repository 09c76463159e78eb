import type {SearchEntry} from './search'

/** Search entries for the curriculum pages (filled in from the SDK). */
export async function curriculumSearchEntries(): Promise<SearchEntry[]> {
  return []
}
