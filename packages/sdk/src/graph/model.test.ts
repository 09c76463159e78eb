import {describe, expect, it} from 'vitest'
import {CareerPathError, isNotFoundError} from '../core'
import {fixtureDocuments} from './fixture'
import {createCareerGraph, createCareerModel, GraphOptionError, isNoRouteError, NoRouteError, withRoutes, type GraphWarning} from './index'
import {createCareerModel as modelOnly} from './modelEntry'
import {withRoutes as routesOnly} from './routesEntry'

const PAIRS = [
  ['help-desk-technician', 'it-support-manager'],
  ['desktop-support-technician', 'cio'],
  ['it-support-manager', 'help-desk-technician'],
] as const

describe('createCareerModel and withRoutes', () => {
  it('the subpath entries export the same functions as ./graph', () => {
    expect(modelOnly).toBe(createCareerModel)
    expect(routesOnly).toBe(withRoutes)
  })

  it('a model answers the curriculum questions exactly as the full graph does, in the language asked for', () => {
    for (const language of ['en', 'es'] as const) {
      const model = createCareerModel(fixtureDocuments(), {language})
      const graph = createCareerGraph(fixtureDocuments(), {language})
      expect(model.roles()).toEqual(graph.roles())
      expect(model.tracks()).toEqual(graph.tracks())
      expect(model.transitions()).toEqual(graph.transitions())
      expect(model.warnings).toEqual(graph.warnings)
      for (const role of graph.roles()) expect(model.role(role.slug)).toEqual(graph.role(role.slug))
      expect(model.hasRole('cio')).toBe(true)
      expect(model.hasRole('astronaut')).toBe(false)
      expect('paths' in model).toBe(false)
    }
  })

  it('withRoutes(model) answers routes, gaps, plans and comparisons as createCareerGraph does, without indexing again', () => {
    const warnings: GraphWarning[] = []
    const model = createCareerModel(fixtureDocuments(), {onWarning: (w) => warnings.push(w)})
    const indexed = warnings.length
    const routes = withRoutes(model)
    const graph = createCareerGraph(fixtureDocuments())
    expect(warnings).toHaveLength(indexed) // no second indexing: no warning reported twice
    expect(routes.warnings).toBe(model.warnings)
    for (const [from, to] of PAIRS) {
      expect(routes.paths(from, to, {limit: Infinity})).toEqual(graph.paths(from, to, {limit: Infinity}))
      expect(routes.gap(from, to)).toEqual(graph.gap(from, to))
      expect(routes.compare(from, to)).toEqual(graph.compare(from, to))
      if (graph.paths(from, to).length) expect(routes.plan(from, to)).toEqual(graph.plan(from, to))
    }
    expect(routes.compare('help-desk-technician', 'help-desk-technician').transitions).toEqual([])
    // The model keeps working and is not changed into a graph.
    expect(model.role('cio')).toEqual(graph.role('cio'))
    expect('plan' in model).toBe(false)
  })

  it('a graph is still a model: withRoutes(graph) and withRoutes twice give the same answers', () => {
    const graph = createCareerGraph(fixtureDocuments())
    const [from, to] = PAIRS[0]
    expect(withRoutes(graph).plan(from, to)).toEqual(graph.plan(from, to))
    expect(withRoutes(withRoutes(createCareerModel(fixtureDocuments()))).paths(from, to)).toEqual(graph.paths(from, to))
  })

  it('unknown roles throw NotFoundError with suggestions from both halves; a look-alike object is refused', () => {
    const model = createCareerModel(fixtureDocuments())
    const routes = withRoutes(model)
    for (const run of [() => model.role('help-desk-technicain'), () => routes.plan('help-desk-technicain', 'cio')]) {
      try {
        run()
        expect.unreachable()
      } catch (error) {
        expect(isNotFoundError(error)).toBe(true)
        expect((error as {suggestions: string[]}).suggestions).toContain('help-desk-technician')
      }
    }
    expect(() => withRoutes({...model})).toThrow(TypeError)
  })

  it("the route code's errors are the classes ./graph exports, on the SDK's base class", () => {
    const routes = withRoutes(createCareerModel(fixtureDocuments()))
    const noRoute = (() => {
      try {
        routes.plan('cio', 'help-desk-technician')
      } catch (error) {
        return error
      }
    })()
    expect(noRoute).toBeInstanceOf(NoRouteError)
    expect(noRoute).toBeInstanceOf(CareerPathError)
    expect(isNoRouteError(noRoute)).toBe(true)
    expect(noRoute).toMatchObject({name: 'NoRouteError', code: 'NO_ROUTE', from: 'cio', to: 'help-desk-technician', maxSteps: 8})
    expect(() => routes.paths('cio', 'help-desk-technician', {maxSteps: 0})).toThrow(GraphOptionError)
    expect(new GraphOptionError('limit', 'x')).toMatchObject({option: 'limit', code: 'GRAPH_OPTION', message: 'Invalid option "limit": x'})
  })
})
