import {describe, expect, it} from 'vitest'
import {documentTypes, schemaTypes} from './index'

interface FieldLike {
  name: string
  description?: string
  fields?: FieldLike[]
}

describe('content model', () => {
  it('has the document types the curriculum needs', () => {
    expect(documentTypes.map((t) => t.name)).toEqual(['track', 'role', 'skill', 'certification', 'degree', 'organisation', 'resource', 'learningPath', 'faq', 'guide', 'sourceArticle'])
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

  it('keeps `language` only where a document is in one language: translated prose and the language of a material', () => {
    const withLanguage = documentTypes.filter((type) => (type.fields as FieldLike[]).some((f) => f.name === 'language')).map((t) => t.name)
    expect(withLanguage).toEqual(['resource', 'faq', 'guide', 'sourceArticle'])
  })

  it('translates structured types field by field (internationalized arrays), never by a language field', () => {
    for (const name of ['track', 'role', 'skill', 'certification', 'degree', 'organisation', 'learningPath']) {
      const type = documentTypes.find((t) => t.name === name)!
      const title = (type.fields as (FieldLike & {type?: string})[]).find((f) => f.name === 'title')
      expect(title?.type, name).toBe('internationalizedArrayString')
    }
  })
})
