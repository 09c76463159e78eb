/**
 * Everything the first paint does not need, in one chunk: the role, planner,
 * comparison and self-assessment views with their styles and English words,
 * and the route questions. One file compresses better than one per view and
 * is one request; it is prefetched when the browser is idle after the first
 * render (or when a nav button is pointed at or focused), so opening any of
 * them is instant. Only types are imported from the entry (see views/kit.ts).
 */
import {EN_VIEWS} from './i18n/en-views'
import {compare, plan} from './routes'
import {init as initBlocks} from './views/blocks'
import {css as assessCss, init as initAssess, renderAssess} from './views/assess'
import {css as compareCss, init as initCompare, renderCompare} from './views/compare'
import type {ViewContext} from './views/context'
import type {Kit} from './views/kit'
import {css as planCss, init as initPlan, renderPlan} from './views/plan'
import {css as roleCss, init as initRole, renderRole} from './views/role'

// Named imports only: a namespace object (`import * as`) would need esbuild's export helper, shared with the entry as a chunk.
export {EN_VIEWS}
export const routes = {plan, compare}
export const views = {role: (ctx: ViewContext) => renderRole(ctx, ctx.ui.role!), plan: renderPlan, compare: renderCompare, assess: renderAssess}
/** Styles the views share (pickers, route chips, text buttons) and the print rules (a plan on one page). */
const shared = /* css */ `
.picker label{display:grid;gap:.25rem;font-weight:600;flex:1 1 14rem;min-width:0;max-width:32rem}
select{font-weight:400;padding:.5rem;width:100%}
.chip[aria-pressed=true] .sub{color:inherit}
.chip .sub{font-weight:400}
.privacy,.self{margin-bottom:1rem}
.linkish{border:0;padding:0;text-decoration:underline}
@media print{
:host{contain:none}
.main{min-height:0}
.root{color-scheme:light;padding:0;font-size:9pt;--ac:#000}
.nav,.picker,.routes,.print,.self,.lede,.more,.actions,.switch,.back,.notice,.fold{display:none!important}
}
`
export const css = shared + roleCss + planCss + compareCss + assessCss
export const init = (kit: Kit): void => {
  ;[initBlocks, initRole, initPlan, initCompare, initAssess].forEach((f) => f(kit))
  // The views format numbers and lists (the map needs neither, i18n/locale.ts): ICU's number and list data load now,
  // while the page is idle (this chunk is prefetched then), not when a visitor first opens a role, a plan or a comparison
  // (a page's first ListFormat took 12-46 ms here).
  new Intl.NumberFormat().format(1.5)
  new Intl.ListFormat().format(['a', 'b'])
}
