/** True where `window` and `document` exist: a browser (or a browser-like test environment). */
export function isBrowser(): boolean {
  const g = globalThis as {window?: unknown; document?: unknown}
  return typeof g.window !== 'undefined' && typeof g.document !== 'undefined'
}
