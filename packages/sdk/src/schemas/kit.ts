/**
 * The SDK's schema kit: objects, arrays, strings, numbers, closed lists,
 * discriminated unions and refinements, reporting every issue with its path
 * (`skills.2.proficiency`) and implementing Standard Schema v1, so the
 * schemas plug into anything that takes one (and zod or valibot schemas plug
 * into the SDK's validation).
 *
 * Why not zod: zod/mini alone, for the shapes these schemas use, is ~9.5 KB
 * gzip, more than the SDK's whole budget in a browser (8 KB over
 * @sanity/client); this kit and every result schema together are ~2 KB.
 * Semantics follow zod 4 where they meet: unknown keys are ignored, a missing
 * key is an `undefined` value, refinements of a value run only when its
 * structure is sound (a wrong type below skips them, a failed length or
 * pattern check does not), and the default messages read like zod's English ones.
 */

export type PathSegment = string | number

export interface SchemaIssue {
  readonly path: readonly PathSegment[]
  readonly message: string
}

/** Reports an issue from a refinement, at a path relative to the refined value. */
export type ReportIssue = (path: readonly PathSegment[], message: string) => void

/**
 * Appends the issues found in `value` (at `path`, which it may push to and
 * must restore) to `issues`; false when the value's structure is wrong.
 */
type Check = (value: unknown, path: PathSegment[], issues: SchemaIssue[]) => boolean

/** The Standard Schema v1 interface (https://standardschema.dev), copied as its authors recommend. */
export interface StandardSchemaV1<Input = unknown, Output = Input> {
  readonly '~standard': StandardSchemaV1.Props<Input, Output>
}
// eslint-disable-next-line @typescript-eslint/no-namespace
export declare namespace StandardSchemaV1 {
  export interface Props<Input = unknown, Output = Input> {
    readonly version: 1
    readonly vendor: string
    readonly validate: (value: unknown) => Result<Output> | Promise<Result<Output>>
    readonly types?: Types<Input, Output> | undefined
  }
  export type Result<Output> = SuccessResult<Output> | FailureResult
  export interface SuccessResult<Output> {
    readonly value: Output
    readonly issues?: undefined
  }
  export interface FailureResult {
    readonly issues: readonly Issue[]
  }
  export interface Issue {
    readonly message: string
    readonly path?: readonly (PropertyKey | PathSegmentObject)[] | undefined
  }
  export interface PathSegmentObject {
    readonly key: PropertyKey
  }
  export interface Types<Input = unknown, Output = Input> {
    readonly input: Input
    readonly output: Output
  }
  export type InferInput<Schema extends StandardSchemaV1> = NonNullable<Schema['~standard']['types']>['input']
  export type InferOutput<Schema extends StandardSchemaV1> = NonNullable<Schema['~standard']['types']>['output']
}

export type SafeParseResult<T> = {readonly success: true; readonly data: T} | {readonly success: false; readonly issues: readonly SchemaIssue[]}

/** The type a schema accepts. */
export type Infer<S> = S extends Schema<infer T> ? T : never

export type Primitive = string | number | boolean | null

const typeName = (value: unknown): string =>
  value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value === 'number' && Number.isNaN(value) ? 'NaN' : typeof value
export const show = (value: Primitive) => (typeof value === 'string' ? `"${value}"` : String(value))

export function wrongType(expected: string, value: unknown, path: PathSegment[], issues: SchemaIssue[]): false {
  issues.push({path: [...path], message: `Invalid input: expected ${expected}, received ${typeName(value)}`})
  return false
}

/** Each schema's `~standard` object, made on first use (a refined copy gets its own). */
const standardProps = new WeakMap<object, StandardSchemaV1.Props<unknown, unknown>>()

export class Schema<T> implements StandardSchemaV1<unknown, T> {
  /** Type only: what the schema accepts. */
  declare readonly '~output': T
  /** @internal */
  readonly check: Check

  constructor(check: Check) {
    this.check = check
  }

  get '~standard'(): StandardSchemaV1.Props<unknown, T> {
    let props = standardProps.get(this) as StandardSchemaV1.Props<unknown, T> | undefined
    if (!props) {
      props = {
        version: 1,
        vendor: 'careerpath',
        validate: (value) => {
          const issues = this.issues(value)
          return issues.length ? {issues} : {value: value as T}
        },
      }
      standardProps.set(this, props)
    }
    return props
  }

  /** Every issue in `value`; none when it is valid. */
  issues(value: unknown): SchemaIssue[] {
    const issues: SchemaIssue[] = []
    this.check(value, [], issues)
    return issues
  }

  /** The value itself when valid (never a copy), or its issues. */
  safeParse(value: unknown): SafeParseResult<T> {
    const issues = this.issues(value)
    return issues.length ? {success: false, issues} : {success: true, data: value as T}
  }

  nullable(): Schema<T | null> {
    return new Schema((value, path, issues) => value === null || this.check(value, path, issues))
  }

  optional(): Optional<T> {
    return new Optional(this)
  }

  /**
   * A rule on the whole value, run only when its structure is sound; it
   * reports issues at paths relative to the value. Returns a refined copy
   * (of the same kind: an object keeps its shape).
   */
  refine(rule: (value: T, report: ReportIssue) => void): this {
    const base = this.check
    return this.withCheck((value, path, issues) => {
      if (!base(value, path, issues)) return false
      rule(value as T, (at, message) => issues.push({path: [...path, ...at], message}))
      return true
    })
  }

  /** A copy of this schema (same kind, same settings) with another check. */
  protected withCheck(check: Check): this {
    return Object.assign(Object.create(Object.getPrototypeOf(this) as object) as this, this, {check})
  }

  /** A refinement with one message at the value's own path. */
  protected test(fails: (value: T) => boolean, message: string): this {
    return this.refine((value, report) => {
      if (fails(value)) report([], message)
    })
  }
}

/** A schema whose key may be missing from its object. */
export class Optional<T> extends Schema<T | undefined> {
  declare readonly '~optional': true
  constructor(inner: Schema<T>) {
    super((value, path, issues) => value === undefined || inner.check(value, path, issues))
  }
}

export class StringSchema extends Schema<string> {
  /** @internal length checks measure the trimmed text */
  trimmed = false

  /** Measure lengths without leading and trailing white space (the value itself is not changed). */
  trim(): this {
    return Object.assign(this.withCheck(this.check), {trimmed: true})
  }
  min(length: number, message = `Too small: expected string to have >=${length} characters`): this {
    return this.test((value) => (this.trimmed ? value.trim() : value).length < length, message)
  }
  max(length: number, message = `Too big: expected string to have <=${length} characters`): this {
    return this.test((value) => (this.trimmed ? value.trim() : value).length > length, message)
  }
  regex(pattern: RegExp, message = `Invalid string: must match pattern ${pattern}`): this {
    return this.test((value) => !pattern.test(value), message)
  }
}

export class NumberSchema extends Schema<number> {
  int(message = 'Invalid input: expected int, received number'): this {
    return this.test((value) => !Number.isInteger(value), message)
  }
  min(minimum: number, message = `Too small: expected number to be >=${minimum}`): this {
    return this.test((value) => value < minimum, message)
  }
  max(maximum: number, message = `Too big: expected number to be <=${maximum}`): this {
    return this.test((value) => value > maximum, message)
  }
}

export class ArraySchema<T> extends Schema<T[]> {
  min(length: number, message = `Too small: expected array to have >=${length} items`): this {
    return this.test((value) => value.length < length, message)
  }
}

/** One of a few primitive values (a literal is a list of one). */
export class OneOf<V extends Primitive> extends Schema<V> {
  readonly options: readonly V[]
  constructor(options: readonly V[]) {
    const message = options.length === 1 ? `Invalid input: expected ${show(options[0]!)}` : `Invalid option: expected one of ${options.map(show).join('|')}`
    super((value, path, issues) => {
      if (options.includes(value as V)) return true
      issues.push({path: [...path], message})
      return false
    })
    this.options = options
  }
}

type Shape = {readonly [key: string]: Schema<any>}
type OptionalKeys<S extends Shape> = {[K in keyof S]: S[K] extends Optional<any> ? K : never}[keyof S]
type Simplify<T> = {[K in keyof T]: T[K]} & {}
export type ObjectOutput<S extends Shape> = Simplify<
  {-readonly [K in Exclude<keyof S, OptionalKeys<S>>]: Infer<S[K]>} & {-readonly [K in OptionalKeys<S>]?: Infer<S[K]>}
>

export const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value)

export class ObjectSchema<S extends Shape> extends Schema<ObjectOutput<S>> {
  readonly shape: S
  constructor(shape: S) {
    const keys = Object.keys(shape)
    super((value, path, issues) => {
      if (!isObject(value)) return wrongType('object', value, path, issues)
      let sound = true
      for (const key of keys) {
        path.push(key)
        if (!shape[key]!.check(value[key], path, issues)) sound = false
        path.pop()
      }
      return sound
    })
    this.shape = shape
  }

  /** The same object with more (or replaced) keys; refinements are not carried over. */
  extend<E extends Shape>(more: E): ObjectSchema<Simplify<Omit<S, keyof E> & E>> {
    return new ObjectSchema({...this.shape, ...more} as Simplify<Omit<S, keyof E> & E>)
  }
}

export const string = (): StringSchema => new StringSchema((value, path, issues) => typeof value === 'string' || wrongType('string', value, path, issues))
export const number = (): NumberSchema =>
  new NumberSchema((value, path, issues) => (typeof value === 'number' && Number.isFinite(value)) || wrongType('number', value, path, issues))
export const boolean = (): Schema<boolean> => new Schema((value, path, issues) => typeof value === 'boolean' || wrongType('boolean', value, path, issues))
export const literal = <const V extends Primitive>(value: V): OneOf<V> => new OneOf([value])
export const oneOf = <const V extends readonly [Primitive, ...Primitive[]]>(options: V): OneOf<V[number]> => new OneOf(options)
export const object = <S extends Shape>(shape: S): ObjectSchema<S> => new ObjectSchema(shape)

export function array<T>(item: Schema<T>): ArraySchema<T> {
  return new ArraySchema((value, path, issues) => {
    if (!Array.isArray(value)) return wrongType('array', value, path, issues)
    let sound = true
    for (let i = 0; i < value.length; i++) {
      path.push(i)
      if (!item.check(value[i], path, issues)) sound = false
      path.pop()
    }
    return sound
  })
}
