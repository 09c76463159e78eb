// Static docs site. Generated inputs (widget files, SDK reference JSON) are prepared by scripts/prepare.ts
// before `astro build`/`astro dev`, so the build itself never reaches the network.
import {defineConfig} from 'astro/config'
import {shikiConfig} from './src/lib/markdown-config.ts'

export default defineConfig({
  site: 'http://localhost:4321',
  output: 'static',
  trailingSlash: 'always',
  build: {format: 'directory'},
  devToolbar: {enabled: false},
  // Keep source whitespace: compression drops the spaces between text and {expressions} at line breaks.
  compressHTML: false,
  server: {host: '127.0.0.1', port: 4321},
  markdown: {shikiConfig},
})
