import type {CareerPathError} from '../core'

/** Both roles exist but no route within the search bounds joins them. */
export interface NoRouteError extends CareerPathError {
  readonly from: string
  readonly to: string
  readonly maxSteps: number
}
export interface NoRouteErrorConstructor {
  new (from: string, to: string, maxSteps: number): NoRouteError
  readonly prototype: NoRouteError
}

/** A graph method got an option it cannot use; `option` names it. */
export interface GraphOptionError extends CareerPathError {
  readonly option: string
}
export interface GraphOptionErrorConstructor {
  new (option: string, message: string): GraphOptionError
  readonly prototype: GraphOptionError
}

export interface RouteErrors {
  readonly NoRouteError: NoRouteErrorConstructor
  readonly GraphOptionError: GraphOptionErrorConstructor
}

let made: RouteErrors | undefined

/**
 * The route questions' error classes, made once, on the SDK's base class.
 * They belong to the route code, which imports nothing the model's code holds
 * (so a bundler can give it a chunk of its own): the base class comes from the
 * model (its `ModelCore`) or, in `@careerpath/sdk/graph`, from errors.ts.
 * Made once, so `instanceof` holds whichever asks first.
 */
export function routeErrors(Base: typeof CareerPathError): RouteErrors {
  made ??= {
    NoRouteError: class NoRouteError extends Base {
      readonly from: string
      readonly to: string
      readonly maxSteps: number

      constructor(from: string, to: string, maxSteps: number) {
        super('NO_ROUTE', `No route from "${from}" to "${to}" within ${maxSteps} moves.`)
        this.name = 'NoRouteError'
        this.from = from
        this.to = to
        this.maxSteps = maxSteps
      }
    },
    GraphOptionError: class GraphOptionError extends Base {
      readonly option: string

      constructor(option: string, message: string) {
        super('GRAPH_OPTION', `Invalid option "${option}": ${message}`)
        this.name = 'GraphOptionError'
        this.option = option
      }
    },
  }
  return made
}
