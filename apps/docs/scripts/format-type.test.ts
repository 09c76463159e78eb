import {describe, expect, it} from 'vitest'
import {formatTypeCode, PRINT_WIDTH} from './format-type.ts'

describe('formatTypeCode', () => {
  it('leaves short lines alone', async () => {
    await expect(formatTypeCode('function f(a: string): number')).resolves.toBe('function f(a: string): number')
  })

  it('lays a long object type over lines, each within the print width', async () => {
    const code = `type RoleCard = { _id: string; _type: "role"; title: string; slug: string; rung: number | null; seniority: number; track: { slug: string; title: string } }`
    const out = await formatTypeCode(code)
    expect(out.split('\n').length).toBeGreaterThan(5)
    expect(out.startsWith('type RoleCard = {')).toBe(true)
    expect(out).toContain("  _type: 'role';")
    expect(out.endsWith('}')).toBe(true)
    for (const line of out.split('\n')) expect(line.length).toBeLessThanOrEqual(PRINT_WIDTH)
  })

  it('formats long function signatures and members and keeps their shape', async () => {
    const fn = await formatTypeCode('function plan(from: string, to: string, options?: { pathIndex?: number; signal?: AbortSignal; tag?: string }): Promise<CareerPlan>')
    expect(fn.startsWith('function plan(')).toBe(true)
    expect(fn).not.toContain('declare')
    const member = await formatTypeCode('readonly source: { readonly kind: SourceKind; readonly description: string; readonly url: string } | undefined')
    expect(member.startsWith('readonly source:')).toBe(true)
    expect(member).not.toContain('interface __')
  })

  it('keeps a line it cannot parse', async () => {
    const odd = `type X = { … } & ${'A'.repeat(100)}`
    await expect(formatTypeCode(odd)).resolves.toBe(odd)
  })
})

describe('TypeDoc renderings prettier cannot parse as they are', () => {
  it('quotes keys that are not identifiers and keeps elided types', async () => {
    const code = `const VALUE_LABELS: { resourceCost: { free: string; free-audit: string; paid: string }; schema: { ~standard: { version: 1; vendor: string }; deep?: (...) | (...); id: ...; rest: (...args: string[]) => void } }`
    const out = await formatTypeCode(code)
    expect(out.split('\n').length).toBeGreaterThan(3)
    expect(out).toContain("'free-audit': string;")
    expect(out).toContain("'~standard': {")
    expect(out).toContain('(...) | (...)')
    expect(out).toContain('id: ...;')
    expect(out).toContain('(...args: string[]) => void')
  })
})
