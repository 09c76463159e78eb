/**
 * One definition per query: its GROQ, its parameters (typed, and checked at
 * run time) and the schema of its result. `client.run(query, params)` sends
 * the GROQ, validates the result in the client's validation mode and returns
 * it typed. Schemas are Standard Schemas (https://standardschema.dev): zod 4
 * (classic or mini), Valibot or ArkType all work; the SDK's own queries use its
 * small schema kit (`@careerpath/sdk/schemas`).
 *
 * Prove a definition against Sanity TypeGen's type of the same GROQ with
 * {@link SameShape}, in a type test:
 *
 * ```ts
 * const check: SameShape<QueryResult<typeof roleTitles>, RoleTitlesQueryResult> = true
 * ```
 */
import type {StandardSchemaV1} from '../schemas/kit'

export type {StandardSchemaV1}

/** A Standard Schema's validation result (the interface itself is the kit's: one copy in the SDK). */
export type StandardResult<Output> = StandardSchemaV1.Result<Output>

export type InputOf<S> = S extends StandardSchemaV1<infer I, unknown> ? I : never
type OutputOf<S> = S extends StandardSchemaV1<unknown, infer O> ? O : never

export interface CareerQueryDefinition<P extends StandardSchemaV1 | undefined, R extends StandardSchemaV1, D> {
  /** Names the query in errors, validation reports and request tags (letters, digits, `.`, `_`, `-`). */
  name: string
  /** The GROQ text, ideally from `defineQuery` (from `groq`) so TypeGen types it. */
  query: string
  /** Schema of the parameters object; omit for a query without parameters. */
  params?: P
  /** Values for parameters a caller may leave out (list filters default to `null`, "any"). */
  defaults?: D
  /** Schema of the result, or of each item when `list` is true. */
  result: R
  /** The result is a list, validated item by item (lenient mode then drops bad items and reports them). */
  list?: boolean
  /** The result may be `null` (a lookup that found nothing); null is returned as is. */
  orNull?: boolean
}

/** A query definition: what `client.run` executes. */
export interface CareerQuery<Params extends object = Record<string, unknown>, Result = unknown> {
  readonly name: string
  readonly query: string
  readonly params: StandardSchemaV1 | undefined
  readonly defaults: Readonly<Record<string, unknown>>
  readonly result: StandardSchemaV1
  readonly list: boolean
  readonly orNull: boolean
  /** Phantom types: never set at run time. */
  readonly '~types'?: {readonly params: Params; readonly result: Result}
}

/** What a query returns once validated. */
export type QueryResult<Q> = Q extends CareerQuery<object, infer R> ? R : never
/** The parameters a query takes, every one of them. */
export type QueryParams<Q> = Q extends CareerQuery<infer P, unknown> ? P : never
/**
 * The parameters a caller passes to `client.run`: `language` (the client's
 * language by default) and parameters with defaults may be left out.
 */
export type RunParams<Q> =
  Q extends CareerQuery<infer P, unknown> ? (Q extends {'~defaults'?: infer D} ? Loosen<P, keyof D | 'language'> : Loosen<P, 'language'>) : never
type Loosen<P, K> = Omit<P, K & keyof P> & Partial<Pick<P, K & keyof P>>

/** The query object a definition makes, typed from its schemas. */
export type Defined<P, R, D, L, N> = CareerQuery<
  P extends StandardSchemaV1 ? (OutputOf<P> extends object ? OutputOf<P> : never) : Record<string, never>,
  L extends true ? OutputOf<R>[] : N extends true ? OutputOf<R> | null : OutputOf<R>
> & {readonly '~defaults'?: D}

// A name is its query's default request tag, so it follows @sanity/client's tag rule. client/callOptions.ts holds the same
// rule for a call's `tag`: one shared constant put ~50 B gzip on every listRoles() app (measured), so each keeps its copy.
const NAME = /^[A-Za-z0-9._-]{1,75}$/

/** Declares a query for `client.run`: checks the name and the GROQ text, and fills in the defaults of what is left out. */
export function defineCareerQuery<
  P extends StandardSchemaV1 | undefined = undefined,
  R extends StandardSchemaV1 = StandardSchemaV1,
  const D extends Partial<InputOf<P>> = Record<never, never>,
  const L extends boolean = false,
  const N extends boolean = false,
>(definition: CareerQueryDefinition<P, R, D> & {list?: L; orNull?: N}): Defined<P, R, D, L, N> {
  if (!NAME.test(definition.name)) throw new TypeError(`A query name is 1–75 letters, digits, ".", "_" or "-"; got ${JSON.stringify(definition.name)}`)
  if (typeof definition.query !== 'string' || definition.query.trim() === '') throw new TypeError(`Query "${definition.name}" has no GROQ text`)
  return {
    name: definition.name,
    query: definition.query,
    params: definition.params,
    defaults: {...(definition.defaults ?? {})},
    result: definition.result,
    list: definition.list === true,
    orNull: definition.orNull === true,
  } as Defined<P, R, D, L, N>
}

type IsAny<T> = 0 extends 1 & T ? true : false
/** TypeGen writes `coalesce(list, [])` as `Array<X> | Array<never>`: the same values as `X[]`. */
type WithoutEmpty<T> = [Exclude<T, never[]>] extends [never] ? T : Exclude<T, never[]>
type ListOf<T> = T extends unknown[] ? Shape<T[number]>[] : T extends readonly unknown[] ? readonly Shape<T[number]>[] : T
/**
 * A type with TypeGen's `Array<never>` alternatives folded away and every
 * other detail kept (`any`, optional and readonly fields, nullability).
 */
export type Shape<T> = IsAny<T> extends true ? T : T extends readonly unknown[] ? ListOf<WithoutEmpty<T>> : T extends object ? {[K in keyof T]: Shape<T[K]>} : T

type Identical<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false
type Flat<T> = IsAny<T> extends true ? T : T extends readonly unknown[] ? T : T extends object ? {[K in keyof T]: Flat<T[K]>} : T
/**
 * `true` when two result types describe the same values, field for field: a
 * field that is `any`, optional or readonly on one side only, or of another
 * type, makes it `false`. Compare a query's {@link QueryResult} with TypeGen's
 * result type of the same GROQ.
 */
export type SameShape<A, B> =
  IsAny<A> extends true ? IsAny<B>
  : IsAny<B> extends true ? false
  : null extends A ? (null extends B ? SameValue<NonNullable<A>, NonNullable<B>> : false)
  : null extends B ? false
  : SameValue<A, B>
type SameValue<A, B> = Identical<Flat<Shape<A>>, Flat<Shape<B>>> extends true ? true : DeepSame<Shape<A>, Shape<B>>
type DeepSame<A, B> =
  IsAny<A> extends true ? IsAny<B> : IsAny<B> extends true ? false
  : [A] extends [readonly unknown[]] ? ([B] extends [readonly unknown[]] ? (Identical<A extends unknown[] ? 1 : 0, B extends unknown[] ? 1 : 0> extends true ? DeepSame<A[number], B[number]> : false) : false)
  : [A] extends [object] ? ([B] extends [object] ? SameObject<A, B> : false)
  : Identical<A, B>
type SameObject<A, B> =
  Identical<keyof A, keyof B> extends false ? false
  : Identical<OptionalKeys<A>, OptionalKeys<B>> extends false ? false
  : Identical<ReadonlyKeys<A>, ReadonlyKeys<B>> extends false ? false
  : false extends {[K in keyof A]: K extends keyof B ? DeepSame<A[K], B[K]> : false}[keyof A] ? false : true
type OptionalKeys<T> = {[K in keyof T]-?: object extends Pick<T, K> ? K : never}[keyof T]
type ReadonlyKeys<T> = {[K in keyof T]-?: Identical<{[Q in K]: T[K]}, {-readonly [Q in K]: T[K]}> extends true ? never : K}[keyof T]
