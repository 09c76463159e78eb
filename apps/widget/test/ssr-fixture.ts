/** The seed as a company's own snapshot would carry it (every language, as `careerpath snapshot` writes it), and its server render from dist/ssr.js. */
import {createCareerPathClient} from '@careerpath/sdk'
import {graphDocumentsQuery} from '@careerpath/sdk/queries'
import {createSnapshot, type Snapshot, type SnapshotDocument} from '@careerpath/sdk/snapshot'

export async function fullSeedSnapshot(): Promise<Snapshot> {
  const documents = await createCareerPathClient().fetch<SnapshotDocument[]>(graphDocumentsQuery, {})
  return createSnapshot(documents, {kind: 'embedded', perspective: 'published'})
}

type Render = (snapshot: unknown, options?: {attributes?: Record<string, string>; nonce?: string}) => Promise<string>

/** The built server render (run `build` first). */
export const builtRender = async (): Promise<Render> => ((await import(new URL('../dist/ssr.js', import.meta.url).href)) as {renderCareerPath: Render}).renderCareerPath
