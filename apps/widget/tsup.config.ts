import {defineConfig} from 'tsup'

const shared = {
  platform: 'browser',
  target: 'es2022',
  minify: true,
  treeshake: true,
  splitting: false,
  sourcemap: true,
  outDir: 'dist',
} as const

/**
 * The module builds split at dynamic imports: the Spanish and German
 * catalogues are chunks of their own (dist/chunks/), fetched only when a
 * widget shows that language. Each build's shared code stays in its entry, so
 * an English page loads one file. A classic script cannot import a chunk:
 * esbuild inlines the dynamic imports into the IIFE, which stays one file.
 */
const chunks = {splitting: true, esbuildOptions: (o: {chunkNames?: string}) => void (o.chunkNames = 'chunks/[name]-[hash]')}

export default defineConfig([
  // npm entry: define() + the class + types; nothing runs on import.
  {...shared, ...chunks, entry: {index: 'src/index.ts'}, format: ['esm'], dts: true},
  // <script type="module">: self-defining; an English page loads this one file (opt-in features, such as history, are chunks too).
  {...shared, ...chunks, entry: {'careerpath-widget': 'src/auto.ts'}, format: ['esm'], outExtension: () => ({js: '.js'})},
  // Classic <script>: self-defining IIFE, every language inside.
  {...shared, entry: {'careerpath-widget': 'src/iife.ts'}, format: ['iife'], outExtension: () => ({js: '.iife.js'})},
  // @careerpath/widget/ssr: the server render (any JS runtime, no DOM); not part of the browser budget.
  {...shared, entry: {ssr: 'src/ssr.ts'}, platform: 'neutral', target: 'es2022', format: ['esm'], minify: false, dts: true},
])
