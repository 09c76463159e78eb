/** The site's sections, in the order the header and the docs sidebar show them. */
export interface NavLink {
  href: string
  label: string
}

export const primaryNav: readonly NavLink[] = [
  {href: '/getting-started/', label: 'Getting started'},
  {href: '/guides/', label: 'Guides'},
  {href: '/reference/', label: 'API reference'},
  {href: '/curriculum/', label: 'Curriculum'},
  {href: '/playground/', label: 'Playground'},
]

export const docsNav: readonly {title: string; links: readonly NavLink[]}[] = [
  {title: 'Start', links: [{href: '/getting-started/', label: 'Getting started'}]},
  {
    title: 'Guides',
    links: [
      {href: '/guides/sdk/', label: 'The SDK'},
      {href: '/guides/widget/', label: 'The widget'},
      {href: '/guides/studio/', label: 'The Studio, for editors'},
    ],
  },
  {title: 'Reference', links: [{href: '/reference/', label: 'API reference'}]},
]

/** True when `current` is `href` or a page below it, for aria-current. */
export function isCurrent(href: string, current: string): boolean {
  return href === '/' ? current === '/' : current.startsWith(href)
}
