import {CareerPathError, isCareerPathError} from '../errors'

/** Both roles exist but no route within the search bounds joins them. */
export class NoRouteError extends CareerPathError {
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
}

/** True for a {@link NoRouteError}, also across duplicated copies of the SDK. */
export function isNoRouteError(value: unknown): value is NoRouteError {
  return isCareerPathError(value) && value.code === 'NO_ROUTE'
}

/** A graph method got an option it cannot use; `option` names it. */
export class GraphOptionError extends CareerPathError {
  readonly option: string

  constructor(option: string, message: string) {
    super('GRAPH_OPTION', `Invalid option "${option}": ${message}`)
    this.name = 'GraphOptionError'
    this.option = option
  }
}

/** True for a {@link GraphOptionError}, also across duplicated copies of the SDK. */
export function isGraphOptionError(value: unknown): value is GraphOptionError {
  return isCareerPathError(value) && value.code === 'GRAPH_OPTION'
}
