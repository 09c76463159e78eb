/**
 * The widget's own words in English: the catalogue every other language is
 * checked against (`Messages`: each shipped catalogue `satisfies` it, so a
 * missing or extra key fails the typecheck, and i18n.test.ts compares keys and
 * placeholders). `{name}` is filled in; a key ending `_one`/`_other` (and, for
 * languages that need them, `_zero`, `_two`, `_few`, `_many`) is a plural,
 * picked by `Intl.PluralRules` from `{count}`. The words of the map, the nav and
 * the states ship in the main bundle; those of the views in chunks are in
 * `en-views.ts`, loaded with the first of those views.
 */
import type {EN_VIEWS} from './en-views'

export const EN = {
  // Navigation and states
  navLabel: 'Career paths',
  navMap: 'Career map',
  navPlan: 'Plan a route',
  navCompare: 'Compare roles',
  navAssess: 'Your skills',
  loading: 'Loading career paths',
  errorTitle: 'Career paths are not available right now',
  errorBody: 'Please try again in a moment.',
  retry: 'Try again',
  noticeSeed: 'Showing sample career paths: this site’s own could not be loaded just now.',
  noticeSaved: 'Showing a saved copy: the latest career paths could not be loaded just now.',
  showing: 'Showing {what}.',
  // Figures
  about: 'about {years}',
  approx: 'about ',
  after_one: 'after {approx}{n} year',
  after_other: 'after {approx}{n} years',
  yearsShort_one: '{n} yr',
  yearsShort_other: '{n} yrs',
  estimateMark: '≈ marks an estimate.',
  allTimesEstimated: 'All times are estimates.',
  moves_one: '{count} move',
  moves_other: '{count} moves',
  rung: 'Rung {n}',
  // Map
  mapTitle: 'Career map',
  mapLede: 'Higher is more senior. Point at a role to see where it leads; open it for the details.',
  arrowKeys: 'Arrow keys move between roles.',
  trackToShow: 'Track to show',
  familyKind: 'Family · no rungs',
  rolesInFamily: 'Roles in {track}, by seniority',
  rolesOnLadder: 'Roles on {track}, entry rung first',
  youAreHere: 'You are here',
  movesFrom: 'Moves from {role}',
  moveTo: '{kind} to {role}, {after}',
  moveToTrack: '{kind} to {role} ({track}), {after}',
  anotherTrack: 'another track',
  // Planner
  planSaid: 'Plan: {moves}, {about}.',
  noPlan: 'No plan for this choice.',
  // Compare
  compareUpdated: 'Comparison updated.',
} as const

/** Every key a catalogue must have. */
export type MessageKey = keyof typeof EN | keyof typeof EN_VIEWS
/** A complete catalogue (what a shipped language must provide). */
export type Messages = {readonly [K in MessageKey]: string}
