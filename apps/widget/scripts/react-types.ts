/**
 * Writes dist/react.d.ts (`@careerpath/widget/react`) from src/react.ts, its
 * import pointed at the npm entry's types: the JSX props then name the very
 * `CareerPathElement` class that `@careerpath/widget` exports (a bundled copy
 * would be another class to TypeScript, its private fields making them differ).
 */
import {readFileSync, writeFileSync} from 'node:fs'

const source = readFileSync(new URL('../src/react.ts', import.meta.url), 'utf8')
const from = "from './index'"
if (!source.includes(from)) throw new Error(`src/react.ts no longer imports ${from}: update scripts/react-types.ts`)
writeFileSync(new URL('../dist/react.d.ts', import.meta.url), source.replace(from, "from './index.js'"))
