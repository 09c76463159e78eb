/**
 * The widget's styles, adopted as a constructable stylesheet: no <style>
 * element and no style attributes, so pages with `style-src 'self'` work.
 *
 * `:host` resets what the page could push in; `.root` resets every inherited
 * property again (`all: initial`) so even `!important` rules on the host
 * element cannot leak inside. Only custom properties cross the boundary: that
 * is the theming API (see README). Sizes are in rem/em, so the page's and the
 * visitor's font size scale everything; the widget's own width drives the
 * layout (container queries), never the viewport's.
 */

/**
 * Theme tokens: [internal name, public name, light default, dark default].
 * Each resolves with `light-dark()` against the root's colour scheme:
 * `--careerpath-light-X` / `--careerpath-dark-X` set one scheme, `--careerpath-X` both.
 */
const TOKENS = [
  ['bg', 'bg', '#fff', '#11161d'],
  ['fg', 'fg', '#1a1f26', '#e8edf3'],
  ['mu', 'muted', '#4a5563', '#aab5c3'],
  ['sf', 'surface', '#f3f5f8', '#1b232d'],
  ['bd', 'border', '#738091', '#7d8b9c'],
  ['ac', 'accent', '#0b5cad', '#8cc4ff'],
  ['on', 'accent-contrast', '#fff', '#0b1320'],
  ['fo', 'focus', '#b3470b', '#ffb86b'],
]
  .map(([v, n, l, d]) => `--${v}:light-dark(var(--careerpath-light-${n},var(--careerpath-${n},${l})),var(--careerpath-dark-${n},var(--careerpath-${n},${d})))`)
  .join(';')

/** Visually hidden, still read by screen readers. */
const SR = 'position:absolute;width:1px;height:1px;margin:-1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap'

/** What the element needs before data arrives: its box, its colours, the skeleton. */
const boot = /* css */ `
:host{all:initial;display:block!important;contain:content;container:cp/inline-size;color-scheme:inherit;font-family:inherit}
:host([hidden]){display:none!important}
*{box-sizing:border-box}
.root{all:initial;display:block;padding:1.25rem;${TOKENS};--r:var(--careerpath-radius,.5rem);--ln:color-mix(in srgb,var(--bd) 40%,var(--bg));--ti:color-mix(in srgb,var(--ac) 12%,var(--bg));font-size:var(--careerpath-font-size,1rem);line-height:1.5;font-family:var(--careerpath-font,inherit);color:var(--fg);background:var(--bg);border-radius:var(--r);overflow-wrap:break-word;color-scheme:light dark}
:host([theme=light]) .root{color-scheme:light}
:host([theme=dark]) .root{color-scheme:dark}
:host([theme=inherit]) .root{color-scheme:inherit}
.main{min-height:var(--careerpath-min-height,40rem)}
.main:has(>.err){min-height:0}
.skel{display:grid;gap:1.5rem;grid-template-columns:repeat(auto-fit,minmax(9rem,1fr));padding-top:4.5rem}
.skel div{display:grid;gap:.875rem;align-content:start}
.skel i{height:2.75rem;border-radius:var(--r);background:var(--sf)}
`

const css = /* css */ `
h2,h3,h4,p,ul,ol,fieldset{margin:0;padding:0;border:0}
h2{font-size:1.5em;line-height:1.2;margin-bottom:.25rem}
h3{font-size:1.0625em;margin-bottom:.5rem}
h4{font-size:1em}
ul,ol{padding-inline-start:1.25em}
a,.quiet,.linkish,summary,.yr,.eyebrow{color:var(--ac)}
button,select,input{font:inherit;color:inherit}
:focus-visible{outline:3px solid var(--fo);outline-offset:2px}
h2:focus:not(:focus-visible){outline:none}
.sr,.map .tag,.map .mv{${SR}}
.sub,.lede,.note,.kind,.band,.lbl,.nav button{color:var(--mu)}
.sub,.note,.pill,.node,.chip,.eyebrow,.hd{font-size:.875em}
.lede,.summary{margin-bottom:1rem;max-width:70ch}
.view>.note{margin-top:1rem}
.row{display:flex;flex-wrap:wrap;gap:.5rem;margin-bottom:1rem;list-style:none;padding:0}
.pill{border-radius:1rem;padding:.125rem .625rem;background:var(--sf)}
.nav{padding:.25rem;background:var(--sf);border-radius:var(--r);width:fit-content;margin-bottom:1.5rem}
.nav button{border:0;background:none;padding:.375rem .75rem;font-weight:600;border-radius:var(--r)}
.nav [aria-pressed=true]{background:var(--bg);color:var(--fg);box-shadow:0 0 0 1px var(--bd)}
.btn,.chip,select{border:1px solid var(--bd);background:var(--bg);border-radius:var(--r);padding:.4375rem .875rem;font-weight:600;text-align:start}
.chip{border-radius:1rem;padding:.25rem .75rem}
[hidden]{display:none!important}
.btn:hover,.chip:hover{border-color:var(--fg)}
.primary,.chip[aria-pressed=true],.badge,.you,.goal,[data-y]::after{background:var(--ac);border-color:var(--ac);color:var(--on)}
.quiet,.linkish{border-color:#0000;background:none}
.view{animation:cp-in .2s}
@keyframes cp-in{from{opacity:0}}
.notice{background:var(--sf);border-inline-start:4px solid var(--fo);padding:.5rem .75rem;margin-bottom:1rem}
.badge,.you{display:inline-block;font-size:.75em;font-weight:700;border-radius:1rem;padding:0 .5rem}
.badge.down,.retired{background:var(--mu);color:var(--bg)}
/* One track: a container of its own, narrow, so the one-track layout applies at any width. */
.one{container-type:inline-size;max-width:36rem}
.legend{gap:.25rem 1.25rem;font-size:.875em;color:var(--mu)}
.key::before{content:"";display:inline-block;width:1.5rem;margin-inline-end:.375rem;vertical-align:middle;border-top:2px solid}
.key.k-lateral::before{border-top-style:dashed}
.key.k-specialisation::before{border-top-style:dotted}
.switch{display:none}
.map{--axis:8rem;position:relative;display:grid;grid-template-rows:auto repeat(7,minmax(3.5rem,auto));column-gap:1.5rem}
.band{grid-column:1/-1;border-top:1px solid var(--ln);padding-block:.5rem 0;padding-inline:0 calc(100% - var(--axis));hyphens:auto;font-size:.6875em;font-weight:700;text-transform:uppercase}
.edges{position:absolute;inset:0;width:100%;height:100%;overflow:visible;pointer-events:none}
.e{fill:none;stroke:var(--mu);stroke-width:1.5;opacity:.6}
.x{opacity:.35}
.k-lateral{stroke-dasharray:6 4}
.k-specialisation{stroke-dasharray:1 4}
.act .e{opacity:.1}
.act .on{opacity:1;stroke:var(--ac);stroke-width:2.5}
.col{grid-row:1/-1;display:grid;grid-template-rows:subgrid;position:relative;z-index:1}
.fam{outline:1px dashed var(--bd);outline-offset:.5rem;border-radius:var(--r)}
.hd{align-self:end;padding-bottom:.75rem;hyphens:auto;overflow-wrap:anywhere}
.hd h3{font-size:1em;margin:0}
.kind,.tag{display:block;font-weight:400}
.cells{grid-row:2/-1;display:grid;grid-template-rows:subgrid;list-style:none;padding:0}
.cell{display:flex;flex-direction:column-reverse;justify-content:center;gap:.375rem;padding:.5rem 0}
.node{display:block;width:100%;text-align:start;hyphens:auto;background:var(--bg);border:1px solid var(--bd);border-radius:var(--r);padding:.375rem .625rem;font-weight:600;position:relative}
.col:not(.fam) .node{border-inline-start:4px solid var(--ac);overflow-wrap:anywhere}
.fam .node{border-style:dashed}
.node:hover,.src,.tgt{border-color:var(--ac);box-shadow:0 0 0 1px var(--ac)}
.tgt{background:var(--ti)}
[data-y]::after{content:attr(data-y) / "";position:absolute;inset-block-start:-.625rem;inset-inline-end:-.375rem;font-size:.85em;font-weight:700;border-radius:1rem;padding:0 .4rem}
.tag{color:var(--mu)}
.mv{list-style:none;padding:0}
@container (max-width:50rem){
.switch{display:flex}
.map,.col.cur{display:block}
.band,.edges,.keys,.col{display:none}
.cells{display:flex;flex-direction:column-reverse;gap:1.5rem}
.cell{padding:0;gap:.75rem;position:relative}
.col:not(.fam) .cell+.cell::after{content:"";position:absolute;inset-block-start:100%;inset-inline-start:1.5rem;block-size:1.5rem;border-inline-start:2px solid var(--ac)}
.map .tag,.map .mv{position:static;width:auto;height:auto;margin:0;overflow:visible;clip-path:none;white-space:normal}
.mv{margin:.375rem 0 0;margin-inline-start:.75rem;font-size:.8125em;color:var(--mu)}
.mv li::before{content:"↑ " / ""}
.mv .k-lateral::before{content:"→ " / ""}
[dir=rtl] .mv .k-lateral::before{content:"← " / ""}
.mv .k-specialisation::before{content:"↗ " / ""}
}
.list{list-style:none;padding:0;display:grid;gap:.75rem}
.err{max-width:28rem;margin:1rem auto;text-align:center;padding:1.5rem;border-radius:var(--r);background:var(--sf)}
.err h2{font-size:1.125em}
.err p{margin:.25rem 0 1rem}
@container cp (max-width:36rem){
.root{padding:.75rem}
.nav{display:grid;grid-template-columns:1fr 1fr;width:auto}
.nav button{padding-inline:.25rem;font-size:.875em}
}
@media (prefers-reduced-motion:reduce){*{animation:none!important}}
@media (forced-colors:active){
.e,.bar i{stroke:CanvasText;opacity:1;forced-color-adjust:none;background:Canvas;border:1px solid CanvasText}
.act .on{stroke:Highlight}
.vs .on:not(.have){border:2px solid Highlight}
.src,.tgt{outline:2px solid Highlight}
.primary,[aria-pressed=true],.badge,.you,.goal,[data-y]::after,.bar .on{forced-color-adjust:none;background:Highlight;color:HighlightText}
}
`

/** Every rule as one text, for a server render's <style> element (ssr.ts). */
export const cssText = (): string => boot + css

let sheets: CSSStyleSheet[] | undefined
/** Sheets of the views in chunks, added as each chunk arrives. */
const later: CSSStyleSheet[] = []
const sheet = (text: string) => {
  const sheet = new CSSStyleSheet()
  sheet.replaceSync(text)
  return sheet
}

/**
 * The sheets shared by every instance on the page: the first for the skeleton
 * alone, both once data loads. Adopting the second only when the fetch has
 * started keeps its parsing and matching off the way to the first request.
 */
export function styleSheets(all: boolean): CSSStyleSheet[] {
  sheets ??= [sheet(boot)]
  if (all && sheets.length < 2) sheets.push(sheet(css))
  return all ? [...sheets, ...later] : sheets.slice(0, 1)
}

/** A view's own styles, from its chunk (the container breakpoint and print rules as the main sheet's). */
export const addStyles = (text: string): void => void later.push(sheet(text))
