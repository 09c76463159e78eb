// The reference model's types and constants for tests, without pulling TypeDoc into the test's import graph.
export {GROUP_ORDER, type ReferenceModel} from '../scripts/reference.ts'
export {PRINT_WIDTH as PRINT_WIDTH_HINT} from '../scripts/format-type.ts'
