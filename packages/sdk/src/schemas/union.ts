import {isObject, OneOf, Schema, show, wrongType, type Infer, type ObjectSchema, type Primitive} from '../queries/shared'

// Apart from ./kit.ts: only the search hits and the document schemas need it, and a result that loads the kit (listRoles()) should not carry it (test/size).

/** Objects told apart by one key holding a literal: the option is picked by that key, then checked. */
export function discriminatedUnion<const O extends readonly ObjectSchema<any>[]>(key: string, options: O): Schema<Infer<O[number]>> {
  const byValue = new Map<unknown, ObjectSchema<any>>()
  for (const option of options) {
    const tag = option.shape[key] as Schema<unknown> | undefined
    if (!(tag instanceof OneOf)) throw new TypeError(`discriminatedUnion: every option needs a literal "${key}"`)
    for (const value of tag.options) byValue.set(value, option)
  }
  const message = `Invalid option: expected one of ${[...byValue.keys()].map((v) => show(v as Primitive)).join('|')}`
  return new Schema((value, path, issues) => {
    if (!isObject(value)) return wrongType('object', value, path, issues)
    const option = byValue.get(value[key])
    if (option) return option.check(value, path, issues)
    issues.push({path: [...path, key], message})
    return false
  })
}
