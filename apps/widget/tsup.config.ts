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

export default defineConfig([
  // npm entry: define() + the class + types; nothing runs on import.
  {...shared, entry: {index: 'src/index.ts'}, format: ['esm'], dts: true},
  // <script type="module">: self-defining, one file.
  // Opt-in features (history) are chunks of their own, fetched only by a page that uses them.
  {...shared, entry: {'careerpath-widget': 'src/auto.ts'}, format: ['esm'], splitting: true, outExtension: () => ({js: '.js'})},
  // Classic <script>: self-defining IIFE.
  {...shared, entry: {'careerpath-widget': 'src/iife.ts'}, format: ['iife'], outExtension: () => ({js: '.iife.js'})},
  // @careerpath/widget/ssr: the server render (any JS runtime, no DOM); not part of the browser budget.
  {...shared, entry: {ssr: 'src/ssr.ts'}, platform: 'neutral', target: 'es2022', format: ['esm'], minify: false, dts: true},
])
