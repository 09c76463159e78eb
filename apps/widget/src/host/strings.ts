/** The words the host-integration features add (plain English; they belong in the message catalogue once it exists). */
export const STRINGS = {
  /** The role view's link to the host's open positions (`role-href` / `roleHrefs`). */
  openPositions: 'See open positions',
}
