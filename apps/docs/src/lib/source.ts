// Where the site's content comes from: the embedded seed by default, a Sanity project (published content, API CDN)
// when SANITY_PROJECT_ID and SANITY_DATASET are set. Shared by the pages and scripts/prepare.ts.
import {createCareerPathClient, type CareerPathClient, type LanguageId} from '@careerpath/sdk'

export function createSiteClient(
  env: Record<string, string | undefined> = process.env,
  language: LanguageId = 'en',
): {client: CareerPathClient; source: string; seed: boolean} {
  const projectId = env['SANITY_PROJECT_ID']
  const dataset = env['SANITY_DATASET']
  if (projectId && dataset) {
    // SANITY_API_HOST points at another host speaking Sanity's API (a proxy, or the test server in the synthetic bench).
    const apiHost = env['SANITY_API_HOST']
    // A build reads everything in ten large queries; a slow host (the test server at 10k roles) needs more than the default wait.
    const timeout = env['SANITY_TIMEOUT_MS'] ? Number(env['SANITY_TIMEOUT_MS']) : undefined
    return {
      client: createCareerPathClient({
        projectId,
        dataset,
        language,
        apiVersion: env['SANITY_API_VERSION'] ?? '2025-02-19',
        useCdn: !apiHost,
        ...(apiHost ? {apiHost, useProjectHostname: false} : {}),
        ...(timeout ? {timeout} : {}),
      }),
      source: `Sanity project ${projectId}, dataset ${dataset} (published content${apiHost ? ` via ${apiHost}` : ''})`,
      seed: false,
    }
  }
  if (projectId || dataset) throw new Error('Set both SANITY_PROJECT_ID and SANITY_DATASET to build from Sanity, or neither to use the embedded seed')
  return {client: createCareerPathClient({language}), source: 'the embedded seed curriculum', seed: true}
}
