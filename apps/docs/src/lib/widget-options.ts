// The widget's documented attributes and theme properties, as the playground offers them, and the snippet it emits.

/** Views the `view` attribute accepts, named as the widget's own navigation names them (`ladders` is the career map). */
export const WIDGET_VIEWS = [
  {value: 'ladders', label: 'Career map'},
  {value: 'role', label: 'Role details'},
  {value: 'plan', label: 'Plan a route'},
  {value: 'compare', label: 'Compare roles'},
  {value: 'assess', label: 'Your skills (self-assessment)'},
] as const

/** Theme custom properties with the widget's documented light defaults (apps/widget/README.md). */
export const THEME_PROPERTIES = [
  {name: '--careerpath-accent', label: 'Accent', value: '#0b5cad'},
  {name: '--careerpath-accent-contrast', label: 'Text on accent', value: '#ffffff'},
  {name: '--careerpath-bg', label: 'Background', value: '#ffffff'},
  {name: '--careerpath-fg', label: 'Text', value: '#1a1f26'},
  {name: '--careerpath-surface', label: 'Surface', value: '#f3f5f8'},
  {name: '--careerpath-muted', label: 'Muted text', value: '#4a5563'},
  {name: '--careerpath-border', label: 'Borders', value: '#738091'},
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

export interface EmbedSnippet {
  /** The two lines of HTML: the script and the element. Never a `<style>` element or a `style` attribute. */
  html: string
  /** A rule for the host's own stylesheet with the changed theme properties; empty when none changed. */
  css: string
}

const escapeAttr = (v: string) => v.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;')

/**
 * What a site pastes to show the widget as configured. The theme goes in a separate CSS rule for the site's own
 * stylesheet rather than an inline `<style>`, so the snippet works under `style-src 'self'` as the widget does.
 */
export function embedSnippet({attributes, theme, scriptSrc}: WidgetSettings): EmbedSnippet {
  const attrs = Object.entries(attributes)
    .filter(([, v]) => v !== '')
    .map(([k, v]) => ` ${k}="${escapeAttr(v)}"`)
    .join('')
  const html = [`<script type="module" src="${escapeAttr(scriptSrc)}"></script>`, `<career-path${attrs}></career-path>`].join('\n')
  // Custom property values from the form are colours and lengths; anything that could close the rule is dropped.
  const rules = Object.entries(theme)
    .filter(([k, v]) => /^--careerpath-[a-z-]+$/.test(k) && !/[;{}<>]/.test(v))
    .map(([k, v]) => `  ${k}: ${v};`)
  const css = rules.length ? ['career-path {', ...rules, '}'].join('\n') : ''
  return {html, css}
}
