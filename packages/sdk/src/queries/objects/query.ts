import type {CareerQueryDefinition, Defined, InputOf, StandardSchemaV1} from '../define'

/**
 * The SDK's own query objects, typed as `defineCareerQuery` types them but
 * without its run-time checks of name and GROQ: those guard users' input,
 * and here they would tie `defineCareerQuery` (a root export) to every
 * resource's chunk, so an app that never declares a query still downloads it
 * (test/size). `objects.test.ts` proves each object is what `defineCareerQuery`
 * makes of it.
 */
export const careerQuery = <
  P extends StandardSchemaV1 | undefined = undefined,
  R extends StandardSchemaV1 = StandardSchemaV1,
  const D extends Partial<InputOf<P>> = Record<never, never>,
  const L extends boolean = false,
  const N extends boolean = false,
>(
  definition: CareerQueryDefinition<P, R, D> & {list?: L; orNull?: N},
): Defined<P, R, D, L, N> => ({params: undefined, defaults: {}, list: false, orNull: false, ...definition}) as unknown as Defined<P, R, D, L, N>
