import {CareerPathError, isCareerPathError} from '../core'
import {routeErrors} from './routeErrors'

const {NoRouteError: noRoute, GraphOptionError: graphOption} = routeErrors(CareerPathError)

/** Both roles exist but no route within the search bounds joins them (code `NO_ROUTE`; `from`, `to`, `maxSteps`). */
export const NoRouteError = noRoute
export type NoRouteError = InstanceType<typeof NoRouteError>

/** True for a {@link NoRouteError}, also across duplicated copies of the SDK. */
export function isNoRouteError(value: unknown): value is NoRouteError {
  return isCareerPathError(value) && value.code === 'NO_ROUTE'
}

/** A graph method got an option it cannot use (code `GRAPH_OPTION`); `option` names it. */
export const GraphOptionError = graphOption
export type GraphOptionError = InstanceType<typeof GraphOptionError>

/** True for a {@link GraphOptionError}, also across duplicated copies of the SDK. */
export function isGraphOptionError(value: unknown): value is GraphOptionError {
  return isCareerPathError(value) && value.code === 'GRAPH_OPTION'
}
