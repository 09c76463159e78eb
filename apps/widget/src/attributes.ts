import type {ViewName} from './views/context'

/** The element's attributes, typed (README "Attributes"): for JSX and for tools that read `custom-elements.json`. */
export interface CareerPathAttributes {
  view?: ViewName
  track?: string
  'role-slug'?: string
  from?: string
  to?: string
  'compare-a'?: string
  'compare-b'?: string
  theme?: 'light' | 'dark' | 'inherit'
  storage?: 'local'
  src?: string
  'project-id'?: string
  dataset?: string
  'api-version'?: string
  'api-host'?: string
  fallback?: string
  loading?: 'eager' | 'lazy'
  'role-href'?: string
  history?: 'hash' | 'query'
  tracks?: string
  families?: 'on' | 'off'
  hide?: string
  /** Follow published changes (a Sanity source); the value is the polling interval in seconds when streaming is refused. */
  live?: boolean | '' | `${number}`
  /** The widget's language (default: the page's); `dir` its direction. */
  lang?: string
  dir?: 'ltr' | 'rtl'
  /** The host's own words, as JSON (a partial catalogue). */
  messages?: string
}
