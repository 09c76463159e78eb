/**
 * The docs build's reads on a 10k-role synthetic curriculum served by the test
 * server (real @sanity/client over HTTP): `readAll()` (every detail, one
 * request per type) and `graph()` (one request), then a plan per role from
 * the graph, as the role pages do. Counts the requests the server saw and
 * compares with the list-then-get-each approach it replaces (counted, not
 * run: one request per document). Writes the "Docs build reads" section of
 * BENCHMARKS.md (`--no-write` only prints).
 */
import {cpus} from 'node:os'
import {fileURLToPath} from 'node:url'
import {startTestServer} from '@careerpath/test-server'
import {createCareerPathClient} from '../src/client/createClient'
import type {ValidationReport} from '../src/validation/issues'
import {writeSection} from './report'
import {syntheticRoleGraph} from './synthetic'

/** 10k roles is the target size (`DOCS_BENCH_ROLES=10000`); the default 1k keeps `pnpm bench` short. */
const roles = Number(process.env.DOCS_BENCH_ROLES ?? 1_000)
const documents = syntheticRoleGraph(roles)
const server = await startTestServer({documents, dataset: 'production'})
const reports: ValidationReport[] = []
const client = createCareerPathClient({
  projectId: 'test',
  dataset: 'production',
  apiHost: server.url,
  useProjectHostname: false,
  timeout: 600_000,
  validation: 'lenient',
  onValidationIssues: (report) => reports.push(report),
})

const started = performance.now()
const [content, graph] = await Promise.all([client.readAll(), client.graph()])
const readMs = performance.now() - started
const planStarted = performance.now()
let planned = 0
for (const role of content.roles) {
  const move = role.transitions[0]
  if (!move) continue
  graph.plan(role.slug, move.to.slug)
  planned++
}
const planMs = performance.now() - planStarted
const requests = server.requests.filter((r) => r.path.includes('/data/query/')).length
await server.close()

const counts = Object.fromEntries(Object.entries(content).map(([type, list]) => [type, (list as unknown[]).length]))
const details = Object.values(counts).reduce((sum, n) => sum + n, 0)
const rejected = reports.reduce((sum, r) => sum + r.rejected, 0)
const perDocument = 10 + details + 1 // a list per type, one get per document, the graph
const int = (n: number) => n.toLocaleString('en-US')
const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`

const markdown = `## Docs build reads

\`pnpm --filter @careerpath/sdk bench\` (bench/docs.bench.ts): the docs build's reads on a synthetic curriculum of
${int(roles)} roles (${int(documents.length)} documents) served by the test server (groq-js over HTTP, the real
@sanity/client), Node ${process.versions.node}, ${cpus().length} × ${cpus()[0]?.model.trim() ?? 'CPU'}, ${new Date().toISOString().slice(0, 10)}.

| approach | requests | time |
| --- | ---: | ---: |
| \`readAll()\` + \`graph()\` (every detail, one request per type, and the graph) | ${requests} | ${s(readMs)} |
| a plan per role from that graph (${int(planned)} plans, no requests) | 0 | ${s(planMs)} |
| list each type, then \`get…\` each document (before) | ${int(perDocument)} (counted) | not run |

Details read: ${Object.entries(counts).map(([type, n]) => `${type} ${int(n)}`).join(', ')}${rejected ? `; ${int(rejected)} rows failed validation (lenient: left out)` : '; every row valid'}.
The request count is fixed by the number of document types (10 + 1), whatever the size (the same 11 at 100 roles in
the tests). \`readAll()\` asks for no reverse references (\`*[references(^._id)]\` per skill, certification, degree,
organisation and track, which groq-js answers by scanning the dataset, so the time grew with the square of the size:
170 s for 1,000 roles before): it derives each document's incoming references from the rows it already fetched, sorted
as GROQ's \`order()\` sorts (src/client/incoming.ts; every detail equals its \`get…\` result, src/client/readAll.test.ts).
Most of what remains is groq-js on the test server resolving \`->\` references and sorting; the Content Lake answers
from its indexes.
`
console.log(markdown)
if (!process.argv.includes('--no-write')) writeSection(fileURLToPath(new URL('../../../BENCHMARKS.md', import.meta.url)), '## Docs build reads', markdown)
