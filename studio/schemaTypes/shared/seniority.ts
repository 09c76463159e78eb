import {seniorityLevels, transitionKinds} from './options'

export type TransitionKind = (typeof transitionKinds)[number]['value']

export const seniorityTitle = (value: number | undefined) =>
  seniorityLevels.find((level) => level.value === value)?.title ?? (value === undefined ? 'no seniority' : `seniority ${value}`)

/**
 * What each kind of move means on the seniority scale: a promotion goes up, a
 * lateral move stays level, a specialisation stays level or goes up. Returns the
 * problem in an editor's words, or null when the move fits its kind.
 */
export function checkMoveKind(kind: string | undefined, from: number | undefined, to: number | undefined, target: string): string | null {
  if (!kind || typeof from !== 'number' || typeof to !== 'number') return null
  const fits = kind === 'promotion' ? to > from : kind === 'lateral' ? to === from : kind === 'specialisation' ? to >= from : true
  if (fits) return null
  const suggestion = to > from ? 'make it a promotion' : to === from ? 'make it a lateral move' : 'a move down is not a next move; remove it or pick another role'
  const rule = kind === 'promotion' ? 'a promotion must go to a higher seniority' : kind === 'lateral' ? 'a lateral move stays at the same seniority' : 'a specialisation stays at the same seniority or goes higher'
  return `The move to "${target}" goes from ${seniorityTitle(from)} to ${seniorityTitle(to)}, but ${rule}: ${suggestion}`
}
