// Type tests for the React typings (checked by `tsc`): what a React 19 app gets from `@careerpath/widget/react`.
import type {JSX} from 'react'
import {expectTypeOf} from 'vitest'
import type {CareerPathElement} from './index'
import type {} from './react'

type Props = JSX.IntrinsicElements['career-path']
const ok: Props = {view: 'plan', from: 'a', to: 'b', 'role-href': 'https://jobs.example.com/{slug}', history: 'query', hide: 'compare', roleHrefs: {a: 'https://x.example'}}
expectTypeOf(ok.view).toEqualTypeOf<'ladders' | 'role' | 'plan' | 'compare' | 'assess' | undefined>()
// @ts-expect-error: not a view
const badView: Props = {view: 'map'}
// @ts-expect-error: history is "hash" or "query"
const badHistory: Props = {history: 'push'}
declare const ref: {current: CareerPathElement | null}
const props: Props = {
  ref: (el) => {
    expectTypeOf(el).toEqualTypeOf<CareerPathElement | null>()
  },
}
void [badView, badHistory, props, ref]
