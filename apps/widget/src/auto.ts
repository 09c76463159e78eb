/** The `<script type="module">` build: defines `<career-path>` on load, seed data beside this file. */
import {CareerPathElement, setSeedUrl} from './element'

setSeedUrl(new URL('./careerpath-seed.json', import.meta.url).href)
if (!customElements.get('career-path')) customElements.define('career-path', CareerPathElement)
