/** The curriculum's section pages, in the order the sidebar lists them. */
export const curriculumSections: readonly {href: string; label: string}[] = [
  {href: '/curriculum/', label: 'Overview'},
  {href: '/curriculum/tracks/', label: 'Tracks & ladders'},
  {href: '/curriculum/roles/', label: 'Roles'},
  {href: '/curriculum/skills/', label: 'Skills'},
  {href: '/curriculum/certifications/', label: 'Certifications & degrees'},
  {href: '/curriculum/organisations/', label: 'Organisations'},
  {href: '/curriculum/learning-paths/', label: 'Learning paths'},
  {href: '/curriculum/resources/', label: 'Resources'},
  {href: '/curriculum/faqs/', label: 'FAQs'},
  {href: '/curriculum/guides/', label: 'Career guides'},
  {href: '/curriculum/sources/', label: 'Sources'},
]
