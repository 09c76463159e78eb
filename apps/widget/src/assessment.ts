/**
 * The visitor's self-assessment outside the widget: as text in the page's URL
 * fragment (`#careerpath=role,skill-3,…`, so a shared link carries it and no
 * server ever sees it) and, only when the host opts in (`storage="local"`), in
 * localStorage. Everything read back is checked against the curriculum.
 */
import type {Assessment, Curriculum} from './types'

export const HASH_KEY = 'careerpath'
export const STORAGE_KEY = 'careerpath:assessment'

/** `help-desk-technician,troubleshooting-3,networking-2`: the role, then each rated skill and its level. */
export const encode = (a: Assessment): string => [a.role, ...Object.entries(a.skills).map(([slug, n]) => `${slug}-${n}`)].join(',')

export function decode(text: string | null | undefined): Assessment | undefined {
  const [role, ...rated] = (text ?? '').split(',')
  if (!role) return undefined
  const skills: Record<string, number> = {}
  for (const item of rated) {
    const m = /^(.+)-([0-5])$/.exec(item)
    if (m) skills[m[1]!] = Number(m[2])
  }
  return {role, skills}
}

/** Keeps only a known role and that role's skills, at levels 0–5. */
export function checked(a: Assessment | undefined, data: Curriculum): Assessment | undefined {
  const role = a && data.roles.find((r) => r.slug === a.role)
  if (!role) return undefined
  const skills: Record<string, number> = {}
  for (const s of role.skills) {
    const n = a.skills[s.slug]
    if (Number.isInteger(n) && n! >= 0 && n! <= 5) skills[s.slug] = n!
  }
  return {role: role.slug, skills}
}

const hashValue = () => new URLSearchParams(location.hash.slice(1)).get(HASH_KEY)

/** The assessment in this page's URL fragment, if the visitor opened a shared link. */
export const fromHash = (): Assessment | undefined => decode(hashValue())

/** This page's address with the assessment in its fragment: nothing of it reaches a server. */
export const shareUrl = (a: Assessment): string => `${location.href.split('#')[0]}#${HASH_KEY}=${encode(a)}`

/** Drops the assessment from the address bar (only if it is there), so a reload does not bring it back. */
export function clearHash(): void {
  if (hashValue() != null) history.replaceState(history.state, '', location.href.split('#')[0])
}

/** localStorage may be missing or blocked (private modes, sandboxed frames): then nothing is kept. */
export function stored(): Assessment | undefined {
  try {
    return decode(localStorage.getItem(STORAGE_KEY))
  } catch {
    return undefined
  }
}

export function store(a: Assessment | undefined): void {
  try {
    if (a) localStorage.setItem(STORAGE_KEY, encode(a))
    else localStorage.removeItem(STORAGE_KEY)
  } catch {
    // Storage is a convenience: the assessment still works in the page.
  }
}
