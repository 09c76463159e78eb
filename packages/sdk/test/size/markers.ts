/**
 * Code that must not be in what an app loads first, as it looks in a
 * minified bundle, each with a snippet whose bundle must contain it (the size
 * test proves every marker against its snippet).
 */
export interface Marker {
  readonly marker: string | RegExp
  readonly why: string
  /** A snippet whose minified bundle must contain the marker. */
  readonly canary: string
}

export const groqJs = "import {parse, evaluate} from 'groq-js'; globalThis.c = [parse, evaluate]"
export const zodClassic = "import {z} from 'zod'; globalThis.c = z.object({a: z.string()}).parse"
const seed = "import {createCareerPathClient} from '@careerpath/sdk'; globalThis.c = createCareerPathClient().listRoles()"
const datasetRules = "import {validateDataset} from '@careerpath/sdk/schemas'; globalThis.c = validateDataset"
export const careerGraph = "import {createCareerGraph} from '@careerpath/sdk/graph'; globalThis.c = createCareerGraph([]).plan"
const sanityClient = "import {createClient} from '@sanity/client'; globalThis.c = createClient({projectId: 'a', dataset: 'b', apiVersion: '2025-02-19'}).fetch"

/** Must not be in an app that uses neither the client nor a local source. */
export const NOT_IN_LIGHT_ENTRIES: readonly Marker[] = [
  {marker: 'requestTagPrefix', why: '@sanity/client', canary: sanityClient},
  {marker: 'resultSourceMap', why: '@sanity/client', canary: sanityClient},
]

/** Must not be in what a Sanity-source app loads first. */
export const NOT_IN_SANITY_MAIN: readonly Marker[] = [
  {marker: 'slicing must use constant numbers', why: 'groq-js parser', canary: groqJs},
  {marker: 'GroqQueryError', why: 'groq-js evaluator', canary: groqJs},
  {marker: '_zod', why: 'zod internals (the SDK validates without zod)', canary: zodClassic},
  {marker: 'base64url-encoded string', why: "zod's English locale", canary: zodClassic},
  {marker: 'Ongeldige invoer', why: "zod's other locales (Dutch; minifiers escape non-ASCII text)", canary: zodClassic},
  {marker: 'help-desk-technician', why: 'the embedded seed curriculum', canary: seed},
  {marker: 'Promotions form a loop', why: 'dataset rules (validateDataset)', canary: datasetRules},
  {marker: 'A book needs at least one author', why: 'document schemas', canary: datasetRules},
  {marker: 'is past the last route', why: 'the career graph', canary: careerGraph},
]

/**
 * Must not be in the first load of an app that builds the model alone
 * (`@careerpath/sdk/graph/model`): the route search and what only routes use.
 */
export const ROUTE_CODE: readonly Marker[] = [
  {marker: 'is past the last route', why: "plan's route choice (graph/routing)", canary: careerGraph},
  {marker: 'a whole number of moves from 1', why: 'the route search bounds (graph/routing)', canary: careerGraph},
  {marker: 'or Infinity for every route', why: 'the route search bounds (graph/routing)', canary: careerGraph},
]

/** The route code's own functions, as an unminified bundle names them (minifiers rename them). */
export const ROUTE_FUNCTIONS = ['withRoutes', 'findRoutes', 'MinHeap', 'routeView', 'careerPlan', 'careerGap', 'compareRoles', 'credentialsToEarn', 'resourcesFor']

/** A model-only app, unminified, for ROUTE_FUNCTIONS. */
export const careerModel = "import {createCareerModel} from '@careerpath/sdk/graph/model'; globalThis.c = createCareerModel([]).tracks"
export const find = (code: string, markers: readonly Marker[]) =>
  markers.filter(({marker}) => (typeof marker === 'string' ? code.includes(marker) : marker.test(code))).map(({marker, why}) => `${String(marker)} (${why})`)

