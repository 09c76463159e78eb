import {describe, expect, it} from 'vitest'
import {roleHref} from './links'

describe('roleHref', () => {
  it('fills the template with the URL-encoded slug', () => {
    expect(roleHref('https://jobs.example.com/search?role={slug}', undefined, 'a&b c')).toBe('https://jobs.example.com/search?role=a%26b%20c')
  })
  it('prefers the host map, and gives no link without either', () => {
    expect(roleHref('https://jobs.example.com/{slug}', {x: 'https://acme.example/careers/x'}, 'x')).toBe('https://acme.example/careers/x')
    expect(roleHref(undefined, undefined, 'x')).toBeUndefined()
  })
  it('refuses anything but http(s)', () => {
    expect(roleHref('javascript:alert("{slug}")', undefined, 'x')).toBeUndefined()
    expect(roleHref(undefined, {x: 'data:text/html,hi'}, 'x')).toBeUndefined()
  })
})
