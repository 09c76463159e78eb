/**
 * Writes dist/custom-elements.json (the Custom Elements Manifest, schema 2.1.0)
 * for editors, Storybook and docs tools. test/manifest.test.ts checks it
 * against the built types and the element's observed attributes, so it cannot
 * drift from the code.
 */
import {writeFileSync} from 'node:fs'

const ATTRIBUTES: [name: string, type: string, description: string][] = [
  ['view', "'ladders' | 'role' | 'plan' | 'compare' | 'assess'", 'Initial view (default: the career map).'],
  ['track', 'string', 'Draw only this track (slug), one column with its exits.'],
  ['role-slug', 'string', 'Open this role; implies view="role".'],
  ['from', 'string', 'Where the visitor is (role slug); with `to`, implies view="plan".'],
  ['to', 'string', 'Where the visitor wants to be (role slug).'],
  ['compare-a', 'string', 'First role of the comparison; with `compare-b`, implies view="compare".'],
  ['compare-b', 'string', 'Second role of the comparison.'],
  ['theme', "'light' | 'dark' | 'inherit'", "Colour scheme; absent: the visitor's prefers-color-scheme."],
  ['storage', "'local'", 'Keep the self-assessment in localStorage.'],
  ['src', 'string', 'URL of a snapshot file (`careerpath snapshot`).'],
  ['project-id', 'string', 'A public Sanity project to read published content from.'],
  ['dataset', 'string', 'Its dataset (default production).'],
  ['api-version', 'string', 'Sanity API version (default 2025-02-19).'],
  ['api-host', 'string', 'Replaces https://{project-id}.apicdn.sanity.io (a proxy, tests).'],
  ['fallback', 'string', 'A snapshot URL (or "seed") used when the sources above fail.'],
  ['loading', "'eager' | 'lazy'", 'eager: load at once; default: when near the viewport.'],
  ['role-href', 'string', 'URL template for a role\'s open positions, "{slug}" replaced (http/https only).'],
  ['history', "'hash' | 'query'", 'Write the view, role, route and comparison to the address; restore them on load and Back/Forward.'],
  ['tracks', 'string', 'Comma-separated track slugs: show only these.'],
  ['families', "'on' | 'off'", 'off: leave the families of roles out.'],
  ['hide', 'string', 'Comma-separated: plan, compare, assess, resources, certifications, degrees.'],
  ['lang', 'string', "The widget's language (default: the page's, the closest lang); en, es and de are shipped."],
  ['dir', "'ltr' | 'rtl'", 'Text direction (default: from the language or the page).'],
  ['messages', 'string', "The host's own words for the language shown, as JSON (a partial catalogue)."],
  ['live', 'boolean | string', 'Follow published changes of a Sanity source (Live Content API); a number is the polling interval (s) when streaming is refused.'],
]

const EVENTS: [name: string, description: string][] = [
  ['careerpath:role-select', 'A role is about to open: {slug}. Cancelable when a visitor caused it.'],
  ['careerpath:view', 'The visitor is about to switch views: {view, previous, role}. Cancelable.'],
  ['careerpath:plan', 'A route was planned: {from, to, plan}.'],
  ['careerpath:compare', 'Two roles were compared: {a, b}.'],
  ['careerpath:link', "The visitor follows the host's link for a role: {slug, url}. Cancelable."],
  ['careerpath:assessment', 'The self-assessment changed: {assessment, url}.'],
  ['careerpath:load', 'Data loaded: {source, description, fallback, roles, tracks}.'],
  ['careerpath:error', 'Every source failed, or an attribute names nothing shown: {message, errors}.'],
]

const manifest = {
  schemaVersion: '2.1.0',
  readme: 'README.md',
  modules: [
    {
      kind: 'javascript-module',
      path: 'dist/careerpath-widget.js',
      declarations: [
        {
          kind: 'class',
          name: 'CareerPathElement',
          tagName: 'career-path',
          customElement: true,
          description: "A company's IT-support career paths: the career map, roles, route plans, comparisons and the visitor's self-assessment.",
          attributes: ATTRIBUTES.map(([name, text, description]) => ({name, type: {text}, description})),
          events: EVENTS.map(([name, description]) => ({name, type: {text: 'CustomEvent'}, description})),
          slots: [{name: 'role-actions', description: "The host's call to action in the role view."}],
          members: [
            {kind: 'field', name: 'data', readonly: true, type: {text: 'CareerPathState'}},
            {kind: 'field', name: 'roleHrefs', type: {text: 'Record<string, string> | undefined'}, description: 'Links from roles to the host\'s pages ({slug: url}), before role-href.'},
            {kind: 'method', name: 'showRole', parameters: [{name: 'slug', type: {text: 'string'}}]},
            {kind: 'method', name: 'planRoute', parameters: [{name: 'from', type: {text: 'string'}}, {name: 'to', type: {text: 'string'}}], return: {type: {text: 'Promise<PlanInfo | null>'}}},
            {kind: 'method', name: 'setAssessment', parameters: [{name: 'assessment', type: {text: 'Assessment | null'}}]},
            {kind: 'method', name: 'reload', return: {type: {text: 'Promise<void>'}}},
          ],
        },
      ],
      exports: [{kind: 'custom-element-definition', name: 'career-path', declaration: {name: 'CareerPathElement', module: 'dist/careerpath-widget.js'}}],
    },
  ],
}

writeFileSync(new URL('../dist/custom-elements.json', import.meta.url), `${JSON.stringify(manifest, null, 2)}\n`)
