/**
 * The publish-time check for roles. Validation judges a draft against the
 * other drafts (what goes live if they are all published together), but a
 * draft is published alone, possibly long after it validated and after other
 * roles changed. So the publish action re-reads, at that moment, the version
 * being published and every other role and track as published, and re-runs the
 * cross-document rules (rung, seniority along the ladder, the meaning of each
 * move, promotion loops) on exactly the dataset the publish would produce.
 * Pure of React: the action component only calls this and shows the result.
 */
import {getPublishedId} from 'sanity'
import {buildNeighbourhood, fetchLadderRows, ladderProblems, type EditedRole, type LadderProblem} from '../schemaTypes/shared/ladder'

interface FetchClient {
  fetch<R>(query: string, params: Record<string, unknown>): Promise<R>
}

export type PublishCheck = {ok: true} | {ok: false; problems: LadderProblem[]} | {ok: false; missing: string}

/** Checks the stored version `versionId` (a draft or release version) of a role as if it were published now. */
export async function checkRolePublish(client: FetchClient, versionId: string): Promise<PublishCheck> {
  const [document, rows] = await Promise.all([
    client.fetch<EditedRole | null>('*[_id == $id][0]', {id: versionId}),
    fetchLadderRows(client),
  ])
  if (!document) return {ok: false, missing: versionId}
  // `liveWith` a published id: every other role and track as published right now.
  const problems = ladderProblems(buildNeighbourhood(document, rows, getPublishedId(versionId)), document.transitions)
  return problems.length ? {ok: false, problems} : {ok: true}
}

const fieldTitles: Record<LadderProblem['field'], string> = {rung: 'Rung', seniority: 'Seniority', transitions: 'Next moves'}

/** The problems as the dialog lists them: "Field: message". */
export function describePublishCheck(result: PublishCheck): string[] {
  if (result.ok) return []
  if ('missing' in result) return [`The version to publish (${result.missing}) is no longer stored; reload the document and try again`]
  return result.problems.map((p) => `${fieldTitles[p.field]}: ${p.message}`)
}
