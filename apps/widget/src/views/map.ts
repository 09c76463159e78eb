/**
 * The career map: every ladder side by side on the seniority scale shared by
 * all tracks (rows), the families grouped apart on the same axis, and every
 * move drawn between the roles (SVG, hidden from assistive technology). The
 * DOM is the accessible model: per track a heading and a list of its roles,
 * each role a button followed by the list of its moves in words. Narrow
 * containers (container queries) show one track at a time with its exits.
 */
import {button, h, svg} from '../dom'
import {afterYears, estimateNote} from '../estimates'
import type {RoleInfo} from '../types'
import type {RenderedView, ViewContext} from './context'
import {heading, moveKind, roleTag} from './parts'

/** Steps of the shared seniority scale: 1 entry … 7 executive. */
const SCALE = 7
const level = (r: RoleInfo) => Math.min(SCALE, Math.max(1, r.seniority ?? r.rung ?? 1))
type Box = [left: number, top: number, right: number, bottom: number]

interface Edge {
  from: string
  to: string
  path: SVGPathElement
  /** "2 yrs", shown on the target while the source is hovered or focused (worded then: the first paint shows none). */
  badge: () => string
  /** Same track: 0 for neighbours (a straight line), else how many roles it passes (an arc beside them). */
  skip: number | false
}

/**
 * A move as a line: straight between neighbours on one track; an arc beside a
 * track for a move that skips roles on it; an S-curve from the side of one
 * track to the facing side of another. Each ends in an open arrowhead.
 */
function path([l1, t1, r1, b1]: Box, [l2, t2, r2, b2]: Box, skip: number | false, rtl: boolean): string {
  const x = (l1 + r1) / 2
  const y1 = (t1 + b1) / 2
  const y2 = (t2 + b2) / 2
  if (skip === 0) {
    const up = y2 < y1
    const end = up ? b2 : t2
    const d = up ? 6 : -6
    return `M${x} ${up ? t1 : b1}V${end}M${x - 4} ${end + d}L${x} ${end}L${x + 4} ${end + d}`
  }
  if (skip) {
    // Beside the track on its end side (the right in left-to-right, the left in right-to-left).
    const k = (10 + 6 * skip) * (rtl ? -1 : 1)
    const [a, b] = rtl ? [l1, l2] : [r1, r2]
    const tip = rtl ? -6 : 6
    return `M${a} ${y1}C${a + k} ${y1} ${b + k} ${y2} ${b} ${y2}M${b + tip} ${y2 - 4}L${b} ${y2}L${b + tip} ${y2 + 4}`
  }
  const dir = l2 >= r1 ? 1 : -1
  const xs = dir > 0 ? r1 : l1
  const xe = dir > 0 ? l2 : r2
  const m = (xe - xs) / 2
  return `M${xs} ${y1}C${xs + m} ${y1} ${xe - m} ${y2} ${xe} ${y2}M${xe - 6 * dir} ${y2 - 4}L${xe} ${y2}L${xe - 6 * dir} ${y2 + 4}`
}

export function renderMap(ctx: ViewContext): RenderedView {
  const {tracks} = ctx.data
  const {l} = ctx
  const picked = tracks.filter((t) => t.slug === ctx.ui.track)
  const shown = picked.length ? picked : tracks
  // Ladders first, then the families: grouped apart, on the same axis.
  const cols = [...shown.filter((t) => !t.family), ...shown.filter((t) => t.family)]
  const ladders = cols.filter((t) => !t.family).length
  const families = cols.length - ladders
  const title = heading(picked.length ? picked[0]!.title : l.t('mapTitle'))
  const trackTitle = new Map(tracks.map((t) => [t.slug, t.title]))
  const colOf = new Map<string, number>()
  const pos = new Map<string, number>()
  cols.forEach((t, c) => t.roles.forEach((r, i) => (colOf.set(r.slug, c), pos.set(r.slug, i))))
  const moves = cols.flatMap((t) => t.roles.flatMap((r) => r.transitions))
  const [mark, note] = estimateNote(
    l,
    moves.map((m) => m.typicalYearsBasis),
    'allTimesEstimated',
  )
  const nodes = new Map<string, HTMLButtonElement>()
  const later: (() => unknown)[] = []
  const edges: Edge[] = []
  const lines = svg('svg', {class: 'edges', 'aria-hidden': 'true', focusable: 'false'})

  const node = (r: RoleInfo, c: number) => {
    const b = h(
      'button',
      {type: 'button', class: 'node', part: 'role-button', tabindex: -1, 'data-role': r.slug, 'data-c': c, 'data-s': level(r), onclick: () => ctx.openRole(r.slug)},
      h('span', r.title),
      ' ',
      // The axis names the seniority in the drawn map; one track at a time, each role says it.
      h('span.tag', roleTag(l, r)),
      ctx.me?.role === r.slug && [' ', h('span.you', l.t('youAreHere'))],
    )
    nodes.set(r.slug, b)
    for (const m of r.transitions) {
      if (!colOf.has(m.to.slug)) continue
      const same = colOf.get(m.to.slug) === c
      const path = svg('path', {class: `e k-${m.kind}${same ? '' : ' x'}`})
      lines.append(path)
      edges.push({from: r.slug, to: m.to.slug, path, badge: () => mark(m.typicalYearsBasis) + l.yearsShort(m.typicalYears), skip: same && Math.abs(pos.get(m.to.slug)! - pos.get(r.slug)!) - 1})
    }
    const wrap = h('div', b)
    const moves = () =>
      r.transitions.length > 0 &&
      wrap.append(
        h(
          'ul.mv',
          {'aria-label': l.t('movesFrom', {role: r.title})},
          r.transitions.map((m) => {
            const words = {kind: moveKind(l, m.kind), role: m.to.title, after: afterYears(l, m.typicalYears, mark(m.typicalYearsBasis))}
            return h(`li.k-${m.kind}`, m.to.track !== r.track ? l.t('moveToTrack', {...words, track: trackTitle.get(m.to.track) ?? l.t('anotherTrack')}) : l.t('moveTo', words))
          }),
        ),
      )
    later.push(moves)
    return wrap
  }

  const colEls = cols.map((t, c) => {
    // Roles of one seniority share a cell (a family often has several); a ladder has one per rung.
    const cells = new Map<number, RoleInfo[]>()
    for (const r of t.roles) cells.set(level(r), [...(cells.get(level(r)) ?? []), r])
    const col = h(
      'div',
      {class: t.family ? 'col fam' : 'col', part: t.family ? 'family' : 'ladder'},
      h('div.hd', h('h3', t.title), h('span.kind', t.family ? l.t('familyKind') : l.label(t.kind, 'trackKind'))),
      h(
        t.family ? 'ul.cells' : 'ol.cells',
        {'aria-label': l.t(t.family ? 'rolesInFamily' : 'rolesOnLadder', {track: t.title})},
        [...cells].map(([s, roles]) => {
          const cell = h('li.cell', roles.map((r) => node(r, c)))
          cell.style.gridRow = String(SCALE + 1 - s)
          return cell
        }),
      ),
    )
    col.style.gridColumn = String(c + 2 + (t.family && ladders ? 1 : 0))
    return col
  })

  const grid = h('div.map', {part: 'ladders'})
  // The axis (seniority names) is as wide as the CSS says; the tracks share what is left and never overlap (a ladder's
  // long words may break, styles.ts; a family's stay whole).
  grid.style.gridTemplateColumns = ['var(--axis)', ladders && `repeat(${ladders},minmax(min-content,1fr))`, families && ladders && '.5rem', families && `repeat(${families},minmax(min-content,1.15fr))`].filter(Boolean).join(' ')
  for (let s = SCALE; s > 0; s--) {
    const band = h('div.band', {'aria-hidden': 'true'}, l.seniority(s))
    band.style.gridRow = String(SCALE + 2 - s)
    grid.append(band)
  }
  grid.append(lines, ...colEls)

  // One track at a time (narrow layouts): which one, and the buttons that switch.
  let current = Math.min(cols.length - 1, colOf.get(ctx.ui.back ?? ctx.me?.role ?? '') ?? ctx.ui.col ?? 0)
  const switches = cols.map((t, c) => button(t.title, () => show(c), 'track-button', 'chip'))
  const show = (c: number) => {
    current = c
    colEls.forEach((el, i) => el.classList.toggle('cur', i === c))
    switches.forEach((b, i) => b.setAttribute('aria-pressed', String(i === c)))
    ctx.keep({col: c})
  }
  show(current)

  // Roving focus: the map is one tab stop; arrow keys move along a track and across tracks.
  const rove = (b: HTMLButtonElement | undefined, focus = true) => {
    if (!b) return
    for (const n of nodes.values()) n.tabIndex = -1
    b.tabIndex = 0
    if (focus) b.focus()
  }
  const start = nodes.get(ctx.ui.back ?? '') ?? nodes.get(ctx.me?.role ?? '') ?? nodes.get(cols[current]!.roles[0]!.slug)
  rove(start, false)

  let lit: Element[] = []
  const light = (slug?: string | null) => {
    for (const el of lit) el.classList.remove('on', 'src', 'tgt'), el.removeAttribute('data-y')
    lit = []
    grid.classList.toggle('act', !!slug)
    const from = slug && nodes.get(slug)
    if (!from) return
    from.classList.add('src')
    lit.push(from)
    for (const e of edges) {
      if (e.from !== slug) continue
      const to = nodes.get(e.to)!
      e.path.classList.add('on')
      to.classList.add('tgt')
      to.dataset.y = e.badge()
      lit.push(e.path, to)
    }
  }
  const focused = () => grid.querySelector<HTMLButtonElement>('.node:focus')
  grid.addEventListener('pointerover', (e) => light((e.target as Element).closest<HTMLElement>('.node')?.dataset.role ?? focused()?.dataset.role))
  grid.addEventListener('pointerleave', () => light(focused()?.dataset.role))
  grid.addEventListener('focusin', (e) => light((e.target as HTMLElement).dataset.role))
  grid.addEventListener('focusout', (e) => grid.contains(e.relatedTarget as Node) || light())
  grid.addEventListener('keydown', (e) => {
    const b = (e.target as Element).closest<HTMLButtonElement>('.node')
    if (!b || !/^Arrow/.test(e.key)) return
    e.preventDefault()
    const c = Number(b.dataset.c)
    const s = Number(b.dataset.s)
    const far = (n: HTMLButtonElement) => Math.abs(Number(n.dataset.s) - s)
    const list = [...nodes.values()]
    if (e.key === 'ArrowUp' || e.key === 'ArrowDown') {
      // Roles are in the DOM entry first, and a cell stacks its roles upwards: up is the next one.
      const track = list.filter((n) => n.dataset.c === b.dataset.c)
      return rove(track[track.indexOf(b) + (e.key === 'ArrowUp' ? 1 : -1)])
    }
    // Right is the next track in left-to-right, the previous one in right-to-left (the columns mirror).
    const to = c + ((e.key === 'ArrowRight') !== (l.dir === 'rtl') ? 1 : -1)
    let best: HTMLButtonElement | undefined
    for (const n of list) if (Number(n.dataset.c) === to && (!best || far(n) < far(best))) best = n
    if (best && !best.getClientRects().length) show(to)
    rove(best)
  })

  const draw = () => {
    // Hidden (one track at a time): the exits are listed under each role instead.
    if (!lines.getClientRects().length) return
    const o = grid.getBoundingClientRect()
    const box = (slug: string): Box => {
      const r = nodes.get(slug)!.getBoundingClientRect()
      return [r.left - o.left, r.top - o.top, r.right - o.left, r.bottom - o.top]
    }
    for (const e of edges) e.path.setAttribute('d', path(box(e.from), box(e.to), e.skip, l.dir === 'rtl'))
  }
  // The moves in words: shown one track at a time; in the drawn map they are for screen readers only, so they can
  // wait until the map is on screen (text is most of the first layout's work).
  const words = () => later.forEach((f) => f())
  if (picked.length || !ctx.wide) words()
  else setTimeout(words, 50)
  // A server render (no layout, no ResizeObserver) leaves the lines to the browser's render.
  const resize = typeof ResizeObserver == 'function' ? new ResizeObserver(draw) : undefined
  resize?.observe(grid)

  const kinds = ['promotion', 'lateral', 'specialisation'].filter((k) => moves.some((m) => m.kind === k))
  const el = h(
    'div.view',
    {part: 'view view-ladders'},
    title,
    h('p.lede', l.t('mapLede')),
    h(
      picked.length ? 'div.mapbox.one' : 'div.mapbox',
      h('p.row.legend', h('span.keys', {'aria-hidden': 'true'}, kinds.map((k) => [h(`span.key.k-${k}`, moveKind(l, k)), ' '])), note && h('span', note), h('span', l.t('arrowKeys'))),
      cols.length > 1 && h('div.row.switch', {role: 'group', 'aria-label': l.t('trackToShow')}, switches),
      grid,
    ),
  )
  return {el, heading: title, focus: nodes.get(ctx.ui.back ?? ''), announce: l.t('showing', {what: title.textContent!}), cleanup: () => resize?.disconnect()}
}
