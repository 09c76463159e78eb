/**
 * Resolves an initial value template as the Studio does when a document is
 * created: Sanity's own `resolveInitialValue` on the workspace resolved from
 * sanity.config.ts, with a context whose `getClient` is the Studio-configured
 * client on the test server.
 */
import type {SanityClient} from '@sanity/client'
import {resolveInitialValue, type InitialValueResolverContext, type Template, type Workspace} from 'sanity'

export function templateOf(workspace: Workspace, id: string): Template {
  const found = workspace.templates.find((t) => t.id === id)
  if (!found) throw new Error(`No template "${id}"`)
  return found
}

/**
 * The value a new document from template `id` starts with. Sanity 6.9's
 * resolver schedules work with `window.scheduler.postTask` when there is one
 * and reads `window` to find out, so in Node a bare `window` (no scheduler)
 * stands in while it runs: the callbacks then run at once, as in a browser
 * without the Scheduler API.
 */
export async function resolveTemplate(workspace: Workspace, client: SanityClient, id: string, params: Record<string, unknown> = {}): Promise<Record<string, unknown>> {
  const context: InitialValueResolverContext = {
    projectId: 'careerpath',
    dataset: 'production',
    schema: workspace.schema,
    currentUser: null,
    getClient: (options) => client.withConfig(options) as never,
  }
  const global = globalThis as {window?: unknown}
  const hadWindow = 'window' in global
  if (!hadWindow) global.window = {}
  try {
    return await resolveInitialValue(workspace.schema, templateOf(workspace, id), params, context)
  } finally {
    if (!hadWindow) delete global.window
  }
}
