/**
 * The host pages of the browser tests and the bench, from one template: an
 * embedding mode differs only in its head tags and what sits in <main>.
 * `__NAME__` placeholders are filled by the static server from its `vars`.
 */
export interface HostPage {
  title: string
  head: string[]
  body: string[]
  /** Served with the strict Content-Security-Policy. */
  csp?: boolean
}

const MODULE = '<script type="module" src="/dist/careerpath-widget.js"></script>'
const IIFE = '<script src="/dist/careerpath-widget.iife.js" defer></script>'
const CSP_LISTENER = '<script src="/pages/csp-listener.js"></script>'
const BENCH_PROBE = '<script src="/pages/bench-probe.js"></script>'
/** The README's third line: the seed starts downloading with the page, not after the script has run. */
const SEED_PRELOAD = '<link rel="preload" href="/dist/careerpath-seed.json" as="fetch" crossorigin>'
const css = (name: string) => `<link rel="stylesheet" href="/pages/${name}">`
const benchBody = (widget: string[]) => ['<p>A careers page with the widget.</p>', ...widget, '<p>Content below the widget: benefits, offices, open positions.</p>']

export const PAGES: Record<string, HostPage> = {
  /** Tests mount their own <career-path> into #slot, between two focusable buttons. */
  'blank.html': {title: 'Careers', head: [css('page.css'), MODULE], body: ['<button id="before">Before the widget</button>', '<div id="slot"></div>', '<button id="after">After the widget</button>']},
  /** The same, in a 400 px column beside the page's main content (the widget's container is narrow, the viewport wide). */
  'column.html': {
    title: 'Careers: narrow column',
    head: [css('page.css'), css('column.css'), MODULE],
    body: ['<div class="layout"><section><h2>Life at the company</h2><p>Main content of a wide page.</p></section><aside><div id="slot"></div></aside></div>', '<button id="after">After the widget</button>'],
  },
  /** A host page with its own font and `color-scheme` (its dark theme), for theme="inherit" and --careerpath-font: inherit. */
  'themed.html': {title: 'Careers: themed host', head: [css('themed.css'), MODULE], body: ['<div id="slot"></div>']},
  /** Just the widget, as a host page's print view of a plan would carry it. */
  'print.html': {title: 'Careers: your plan', head: [css('page.css'), MODULE], body: ['<div id="slot"></div>']},
  'module.html': {title: 'Careers: module embed', head: [MODULE], body: ['<career-path></career-path>']},
  'iife.html': {title: 'Careers: classic script embed', head: [IIFE], body: ['<career-path view="plan" from="__FROM__" to="__TO__"></career-path>']},
  'npm.html': {
    title: 'Careers: bundler-style define()',
    head: [
      '<script type="module">',
      "  import {define, CareerPathElement} from '/dist/index.js'",
      "  window.beforeDefine = customElements.get('career-path') === undefined",
      // The sample curriculum is an explicit import (a bundler makes it a chunk of its own).
      "  window.defined = define({seed: () => import('/dist/seed.js')}) === CareerPathElement && define() === CareerPathElement",
      '</script>',
    ],
    body: ['<career-path view="compare" compare-a="__A__" compare-b="__B__"></career-path>'],
  },
  'snapshot.html': {title: 'Careers: snapshot URL', head: [MODULE], body: ['<career-path src="/fixtures/snapshot.json"></career-path>']},
  'sanity.html': {
    title: 'Careers: live Sanity project',
    head: [MODULE],
    body: [
      '<!-- A token attribute must be ignored: the widget never sends one. -->',
      '<career-path project-id="abc123" dataset="production" api-host="__API_HOST__" fallback="__FALLBACK__" token="sk-secret-token"></career-path>',
    ],
  },
  'lazy.html': {title: 'Careers: far below the fold', head: [css('lazy.css'), MODULE], body: ['<div class="spacer">A long page</div>', '<career-path id="below"></career-path>']},
  'hostile.html': {title: 'Careers: hostile host CSS', head: [css('hostile.css'), MODULE], body: ['<career-path></career-path>']},
  'csp.html': {title: 'Careers: strict CSP', head: [css('csp.css'), CSP_LISTENER, MODULE], body: ['<career-path></career-path>'], csp: true},
  'csp-iife.html': {
    title: 'Careers: strict CSP, classic script',
    head: [CSP_LISTENER, IIFE],
    body: ['<career-path view="compare" compare-a="help-desk-technician" compare-b="senior-technician"></career-path>'],
    csp: true,
  },
  /** The README's snippet: the seed preloaded, the module script, the element. */
  'bench.html': {title: 'Bench: widget with the seed curriculum', head: [BENCH_PROBE, SEED_PRELOAD, MODULE], body: benchBody(['<career-path></career-path>'])},
  /** The same without the preload line, to measure what it saves. */
  'bench-no-preload.html': {title: 'Bench: widget with the seed, not preloaded', head: [BENCH_PROBE, MODULE], body: benchBody(['<career-path></career-path>'])},
  'bench-empty.html': {title: 'Bench: the same page without the widget', head: [BENCH_PROBE], body: benchBody([])},
}

export function renderPage(page: HostPage): string {
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${page.title}</title>`,
    ...page.head,
    '</head>',
    '<body>',
    '<main>',
    '<h1>Grow with us</h1>',
    ...page.body,
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n')
}
