// Where the site's content comes from: the embedded seed by default, a Sanity project (published content, API CDN)
// when SANITY_PROJECT_ID and SANITY_DATASET are set. Shared by the pages and scripts/prepare.ts.
import {createCareerPathClient, type CareerPathClient} from '@careerpath/sdk'

export function createSiteClient(env: Record<string, string | undefined> = process.env): {client: CareerPathClient; source: string} {
  const projectId = env['SANITY_PROJECT_ID']
  const dataset = env['SANITY_DATASET']
  if (projectId && dataset) {
    return {
      client: createCareerPathClient({projectId, dataset, apiVersion: env['SANITY_API_VERSION'] ?? '2025-02-19', useCdn: true}),
      source: `Sanity project ${projectId}, dataset ${dataset} (published content)`,
    }
  }
  if (projectId || dataset) throw new Error('Set both SANITY_PROJECT_ID and SANITY_DATASET to build from Sanity, or neither to use the embedded seed')
  return {client: createCareerPathClient(), source: 'the embedded seed curriculum'}
}
