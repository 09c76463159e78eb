/**
 * React 19 JSX typings for `<career-path>`: `import type {} from '@careerpath/widget/react'`
 * once in the app. Attributes are typed; `roleHrefs` is a property (React 19 sets
 * properties a custom element has). The widget's events have colons in their names,
 * which JSX cannot spell as props: listen with a ref (`ref.current.addEventListener`,
 * typed through `HTMLElementEventMap`).
 */
import type {DetailedHTMLProps, HTMLAttributes} from 'react'
// One import for both, so the build (scripts/react-types.ts) can point the published file at the npm entry's types.
import type {CareerPathAttributes, CareerPathElement} from './index'

export type CareerPathProps = DetailedHTMLProps<HTMLAttributes<CareerPathElement>, CareerPathElement> & CareerPathAttributes & {roleHrefs?: Readonly<Record<string, string>>}

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    interface IntrinsicElements {
      'career-path': CareerPathProps
    }
  }
}
