/** Returns the URL when it is absolute http(s), otherwise undefined (javascript:, data:, relative junk). */
export function safeHttpUrl(value: string | undefined | null): string | undefined {
  if (!value) return undefined
  try {
    const url = new URL(value)
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined
  } catch {
    return undefined
  }
}
