import {describe, expect, it} from 'vitest'
import {documentTypes, schemaTypes} from './index'

interface FieldLike {
  name: string
  description?: string
  fields?: FieldLike[]
}

describe('content model', () => {
  it('has the document types the curriculum needs', () => {
    expect(documentTypes.map((t) => t.name)).toEqual(['track', 'role', 'skill', 'certification', 'resource', 'learningPath', 'faq', 'guide', 'sourceArticle'])
  })

  it('gives every document type an icon component (root @sanity/icons imports are empty in v5)', () => {
    for (const type of documentTypes) {
      const icon = type.icon as unknown
      // React components: plain functions or forwardRef/memo objects.
      const isComponent = typeof icon === 'function' || (typeof icon === 'object' && icon !== null && '$$typeof' in icon)
      expect(isComponent, type.name).toBe(true)
    }
  })

  it('describes every field for editors', () => {
    const missing: string[] = []
    for (const type of schemaTypes) {
      for (const field of ((type as {fields?: FieldLike[]}).fields ?? [])) {
        if (!field.description?.trim()) missing.push(`${type.name}.${field.name}`)
      }
    }
    expect(missing).toEqual([])
  })

  it('carries a language field on every document type (document-level translations, see README)', () => {
    for (const type of documentTypes) {
      expect((type.fields as FieldLike[]).map((f) => f.name), type.name).toContain('language')
    }
  })
})
