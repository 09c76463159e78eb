// Type tests (checked by `tsc` in the typecheck script): what a TypeScript host page gets from the package.
import {expectTypeOf} from 'vitest'
import {CareerPathElement, define, type Assessment, type CareerPathState, type PlanInfo} from './index'

declare const host: HTMLElement

// querySelector and createElement know the tag.
expectTypeOf(document.createElement('career-path')).toEqualTypeOf<CareerPathElement>()
expectTypeOf(document.querySelector('career-path')).toEqualTypeOf<CareerPathElement | null>()

// Event listeners get the detail type of each widget event, on any element (the events bubble and are composed).
host.addEventListener('careerpath:role-select', (event) => {
  expectTypeOf(event.detail).toEqualTypeOf<{slug: string}>()
})
host.addEventListener('careerpath:plan', (event) => {
  expectTypeOf(event.detail.plan).toEqualTypeOf<PlanInfo>()
  expectTypeOf(event.detail.from).toBeString()
})
host.addEventListener('careerpath:error', (event) => {
  expectTypeOf(event.detail.errors).toEqualTypeOf<string[]>()
})
// @ts-expect-error: the role-select detail has no `role` field
host.addEventListener('careerpath:role-select', (event) => event.detail.role)

// The JavaScript API.
declare const el: CareerPathElement
expectTypeOf(el.data).toEqualTypeOf<CareerPathState>()
expectTypeOf(define).returns.toEqualTypeOf<typeof CareerPathElement>()

// The self-assessment: its event, the state and the setter.
host.addEventListener('careerpath:assessment', (event) => {
  expectTypeOf(event.detail.assessment).toEqualTypeOf<Assessment | null>()
  expectTypeOf(event.detail.url).toEqualTypeOf<string | null>()
})
expectTypeOf(el.data.assessment).toEqualTypeOf<Assessment | undefined>()
expectTypeOf(el.setAssessment).parameter(0).toEqualTypeOf<Assessment | null>()

// define() takes a custom element name (with a hyphen) and the seed as an explicit import.
define({tagName: 'acme-careers', seed: () => import('./sdk').then(() => ({default: {}}))})
// @ts-expect-error: a custom element name needs a hyphen
define({tagName: 'careers'})
