import {describe, expect, it} from 'vitest'
import {checked, decode, encode} from './assessment'
import type {Curriculum} from './types'

const data = {roles: [{slug: 'help-desk-technician', skills: [{slug: 'troubleshooting'}, {slug: 'tier-2'}]}]} as unknown as Curriculum

describe('assessment in a URL fragment', () => {
  it('round-trips the role and each rated skill, a 0 (none) included', () => {
    const a = {role: 'help-desk-technician', skills: {troubleshooting: 3, 'tier-2': 0}}
    expect(encode(a)).toBe('help-desk-technician,troubleshooting-3,tier-2-0')
    expect(decode(encode(a))).toEqual(a)
  })

  it('reads a skill slug that ends in a number by its last digit', () => {
    expect(decode('r,tier-2-4')).toEqual({role: 'r', skills: {'tier-2': 4}})
  })

  it('ignores what is not a level and an empty fragment', () => {
    expect(decode('r,troubleshooting-9,x,networking-')).toEqual({role: 'r', skills: {}})
    expect(decode('')).toBeUndefined()
    expect(decode(null)).toBeUndefined()
  })

  it('keeps only a known role and its own skills', () => {
    expect(checked({role: 'nobody', skills: {}}, data)).toBeUndefined()
    expect(checked({role: 'help-desk-technician', skills: {troubleshooting: 2, networking: 4, 'tier-2': 6}}, data)).toEqual({role: 'help-desk-technician', skills: {troubleshooting: 2}})
  })
})
