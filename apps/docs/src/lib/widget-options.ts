// The widget's documented attributes and theme properties, as the playground offers them.

/** Views the `view` attribute accepts. */
export const WIDGET_VIEWS = [
  {value: 'ladders', label: 'Ladders'},
  {value: 'role', label: 'Role details'},
  {value: 'plan', label: 'Plan a route'},
  {value: 'compare', label: 'Compare two roles'},
] as const

/** Theme custom properties with the widget's documented light defaults (apps/widget/README.md). */
export const THEME_PROPERTIES = [
  {name: '--careerpath-accent', label: 'Accent', value: '#0b5cad'},
  {name: '--careerpath-accent-contrast', label: 'Text on accent', value: '#ffffff'},
  {name: '--careerpath-bg', label: 'Background', value: '#ffffff'},
  {name: '--careerpath-fg', label: 'Text', value: '#1a1f26'},
  {name: '--careerpath-surface', label: 'Surface', value: '#f3f5f8'},
  {name: '--careerpath-muted', label: 'Muted text', value: '#4a5563'},
  {name: '--careerpath-border', label: 'Borders', value: '#c3ccd7'},
  {name: '--careerpath-focus', label: 'Focus ring', value: '#b3470b'},
] as const

/** Values of the `theme` attribute; empty follows prefers-color-scheme. */
export const WIDGET_THEMES = [
  {value: '', label: 'Follow the visitor (prefers-color-scheme)'},
  {value: 'light', label: 'Light'},
  {value: 'dark', label: 'Dark'},
] as const

export interface WidgetSettings {
  attributes: Record<string, string>
  theme: Record<string, string>
  /** Script URL for the snippet. */
  scriptSrc: string
}

const escapeAttr = (v: string) => v.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;')

/** The two lines (plus an optional style rule) a site pastes to show the widget as configured. */
export function embedSnippet({attributes, theme, scriptSrc}: WidgetSettings): string {
  const attrs = Object.entries(attributes)
    .filter(([, v]) => v !== '')
    .map(([k, v]) => ` ${k}="${escapeAttr(v)}"`)
    .join('')
  const lines = [`<script type="module" src="${escapeAttr(scriptSrc)}"></script>`, `<career-path${attrs}></career-path>`]
  const rules = Object.entries(theme).map(([k, v]) => `  ${k}: ${v};`)
  if (rules.length) lines.push('<style>', 'career-path {', ...rules, '}', '</style>')
  return lines.join('\n')
}
