/**
 * Provenance for every figure and link (content model v2's `basis`). The seeds
 * give no durations, experience ranges or proficiencies, so those are our
 * estimates; the learning-path seed gives the addresses of its 33 links and
 * marks two courses "Free audit". Everything else is marked as added or
 * estimated. `provenance.test.ts` checks both lists against the seed itself.
 * It runs last, so documents and moves other edits add get a basis too.
 */
import {isResource, isRole, type CurriculumDocument, type LinkedDocument} from '../types.ts'
import {added, estimate, fromSource, type Edit} from './edit.ts'

/** The seed article with the 33 links and the "Free audit" notes. */
export const learningPathSource = 'source-support-learning-path'

/** Every address the learning-path seed links to, exactly as it writes them (in its order). */
export const learningPathUrls: readonly string[] = [
  'https://supportdriven.com/resources/career-paths/',
  'https://www.progression.fyi/',
  'https://www.intercom.com/blog/support-engineering-career/',
  'https://hbr.org/2017/01/how-to-build-your-career-development-plan',
  'https://www.mindtools.com/pages/article/newHTE_90.htm',
  'https://www.linkedin.com/learning/topics/career-development',
  'https://www.oreilly.com/library/view/the-managers-path/9781491973882/',
  'https://stripe.com/blog/engineering-leadership',
  'https://www.thoughtworks.com/insights/articles/tech-lead-skills',
  'https://hbr.org/2017/07/how-to-be-a-good-boss-in-a-bad-economy',
  'https://www.coursera.org/learn/leadership-skills',
  'https://www.shrm.org/resourcesandtools/tools-and-samples/toolkits/pages/performancemanagement.aspx',
  'https://www.cncf.io/certification/training/',
  'https://www.zendesk.com/blog/ai-customer-service/',
  'https://sre.google/books/',
  'https://automatetheboringstuff.com/',
  'https://learning.postman.com/docs/designing-and-developing-your-api/',
  'https://www.freecodecamp.org/learn/data-analysis-with-python/',
  'https://www.professormesser.com/comptia-career-roadmap/',
  'https://aws.amazon.com/certification/',
  'https://www.axelos.com/certifications/itil-service-management',
  'https://www.linkedin.com/learning/topics/linkedin',
  'https://github.com/topics/technical-writing',
  'https://larahogan.me/speaking/',
  'https://supportdriven.com/',
  'https://hbr.org/2016/05/learn-to-love-networking',
  'https://adplist.org/',
  'https://www.coursera.org/learn/business-strategy',
  'https://www.edx.org/learn/finance/university-of-pennsylvania-introduction-to-finance-and-accounting',
  'https://www.gainsight.com/guides/customer-success-metrics/',
  'https://executive.mit.edu/course/strategic-communication/',
  'https://www.mckinsey.com/business-functions/strategy-and-corporate-finance/our-insights',
  'https://www.pmi.org/learning/library/stakeholder-management-plan-6090',
]

/** Resources whose cost the learning-path seed states ("Free audit"), by their address. */
export const freeAuditUrls: readonly string[] = ['https://www.coursera.org/learn/leadership-skills', 'https://www.coursera.org/learn/business-strategy']

const seedUrls = new Set(learningPathUrls)
/** Types whose `url` has a `urlBasis` in the Studio schema. */
const linkedTypes = new Set(['resource', 'certification', 'organisation'])

export const provenanceEdit: Edit = {
  name: 'give every figure and link its basis',
  apply(documents) {
    return documents.map((doc): CurriculumDocument => {
      let next: CurriculumDocument = doc
      if (linkedTypes.has(doc._type) && typeof (doc as LinkedDocument).url === 'string') {
        const url = (doc as LinkedDocument).url!
        next = {...next, urlBasis: seedUrls.has(url) ? fromSource(learningPathSource) : added()}
      }
      if (isResource(doc)) {
        const given = doc.url !== undefined && freeAuditUrls.includes(doc.url) && doc.cost === 'free-audit'
        next = {...next, costBasis: given ? fromSource(learningPathSource, 'The seed marks this course "Free audit".') : estimate()}
      }
      if (isRole(doc)) {
        next = {
          ...next,
          // An edit that already said where a figure comes from (an estimate with a note) keeps it.
          skills: doc.skills?.map((s) => ({...s, proficiencyBasis: s.proficiencyBasis ?? estimate()})),
          experience: doc.experience ? {...doc.experience, basis: doc.experience.basis ?? estimate()} : undefined,
          transitions: doc.transitions?.map((t) => ({...t, typicalYearsBasis: t.typicalYearsBasis ?? estimate()})),
        }
      }
      return next
    })
  },
}
