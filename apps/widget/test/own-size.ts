/**
 * The module bundle built as the package build builds it (esbuild, then
 * terser), optionally with the SDK's entries replaced by stubs: the difference
 * is what the SDK's career graph, snapshot reader and query text weigh in it.
 * Used by test/size.test.ts and scripts/bench.ts.
 */
import {build} from 'esbuild'
import {fileURLToPath} from 'node:url'
import {gzipSync} from 'node:zlib'
import {minify} from 'terser'

const STUBS = 'export const createCareerModel=()=>({}),withRoutes=(x)=>x,isFamily=()=>0,isLanguage=()=>0,isNotFoundError=()=>0,proficiencyLabel=String,seniorityLabel=String,valueLabel=String,graphDocumentsQuery="",parseSnapshot=(x)=>x'

export async function bundleGzip(stubSdk: boolean): Promise<number> {
  const out = await build({
    entryPoints: [fileURLToPath(new URL('../src/auto.ts', import.meta.url))],
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    platform: 'browser',
    write: false,
    // As the package builds it: the views opened later, the other languages and the opt-in features (history, restriction, live) are chunks, not counted here.
    splitting: true,
    outdir: fileURLToPath(new URL('../dist/own-size/', import.meta.url)),
    logLevel: 'silent',
    plugins: stubSdk
      ? [{name: 'stub-sdk', setup: (b) => (b.onResolve({filter: /^@careerpath\/sdk\//}, (a) => ({path: a.path, namespace: 'stub'})), b.onLoad({filter: /.*/, namespace: 'stub'}, () => ({contents: STUBS, loader: 'js'})))}]
      : [],
  })
  const entry = out.outputFiles.find((f) => /[\\/]auto\.js$/.test(f.path))!
  const code = (await minify(entry.text, {module: true, ecma: 2022, compress: {passes: 2}, mangle: true})).code!
  return gzipSync(code, {level: 9}).length
}
