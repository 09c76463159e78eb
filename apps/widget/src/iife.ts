/** The classic `<script>` build: defines `<career-path>`; the seed data sits beside this script. */
import {CareerPathElement, setSeedUrl} from './element'

// currentScript is only set while the script first runs: capture it now.
const script = document.currentScript as HTMLScriptElement | null
setSeedUrl(script?.src ? new URL('careerpath-seed.json', script.src).href : undefined)
if (!customElements.get('career-path')) customElements.define('career-path', CareerPathElement)
;(globalThis as {CareerPathElement?: unknown}).CareerPathElement = CareerPathElement
