/**
 * Retired credentials stay as history, never as advice. The seeds recommend the
 * Microsoft MCITP (lead seed) and MCSE (growth seed); Microsoft retired both,
 * offering MCITP holders upgrades to the MCSE and replacing the MCSE with its
 * role-based certifications. So the two keep their dates, each points to what
 * replaced it, and no role recommends them: roles that did recommend the
 * current successor instead.
 */
import {isRole, type CurriculumDocument, type Reference} from '../types.ts'
import {changeDocuments, CurriculumEditError, en, ref, type Edit} from './edit.ts'

const NAME = 'credentials'

export const roleBasedId = 'cert-microsoft-role-based-certifications'

/** No seed names it: we add it as the current successor of the credentials the seeds recommend. */
const roleBased: CurriculumDocument = {
  _id: roleBasedId,
  _type: 'certification',
  title: en('Microsoft role-based certifications'),
  slug: {_type: 'slug', current: 'microsoft-role-based-certifications'},
  vendor: ref('org-microsoft'),
  level: 'associate',
  url: 'https://learn.microsoft.com/en-us/credentials/',
  summary: en(
    'Microsoft\'s current certifications, named after jobs (administrator, engineer, developer) for Azure, Microsoft 365 and its other products, at fundamentals, associate and expert level. They replaced the MCSE in 2021; no seed names them, and we list them as what to take instead of the retired Microsoft credentials the seeds recommend.',
    'text',
  ),
  skills: [ref('skill-system-administration', 'system-administration'), ref('skill-cloud-services', 'cloud-services'), ref('skill-database-management', 'database-management')],
  status: 'active',
  sources: [ref('source-it-support-growth', 'it-support-growth'), ref('source-technical-support-lead', 'technical-support-lead')],
}

/** Retired credential → what replaces it in a role's recommendations. */
export const replacements: Readonly<Record<string, string>> = {
  'cert-microsoft-mcitp': roleBasedId,
  'cert-microsoft-mcse': roleBasedId,
}

const certificationTexts: Readonly<Record<string, {summary: string; successor: string}>> = {
  'cert-microsoft-mcitp': {
    successor: 'cert-microsoft-mcse',
    summary:
      'A family of job-role certifications (server, enterprise and database administrator, among others) on older Microsoft products. The lead seed still recommends it, but Microsoft retired it in stages and offered holders an upgrade to the MCSE, itself retired in 2021. Take Microsoft\'s role-based certifications today.',
  },
  'cert-microsoft-mcse': {
    successor: roleBasedId,
    summary:
      'Microsoft\'s expert-level credential for building and running solutions on its server, data and productivity technologies. The growth seed recommends it, but Microsoft retired it on 31 January 2021 in favour of its role-based certifications, which are what to take instead.',
  },
}

export const credentialsEdit: Edit = {
  name: 'retired credentials as history, successors recommended',
  apply(documents) {
    if (documents.some((d) => d._id === roleBasedId)) throw new CurriculumEditError(NAME, `${roleBasedId} already exists`)
    const changes: Record<string, (doc: CurriculumDocument) => CurriculumDocument> = {}
    for (const [id, t] of Object.entries(certificationTexts)) changes[id] = (d) => ({...d, summary: en(t.summary, 'text'), successor: ref(t.successor)})
    const changed = changeDocuments(NAME, documents, changes)
    const recommended = changed.map((doc): CurriculumDocument => {
      if (!isRole(doc) || !doc.credentials?.some((c) => c._ref in replacements)) return doc
      const credentials: Reference[] = []
      for (const c of doc.credentials) {
        const id = replacements[c._ref] ?? c._ref
        if (!credentials.some((x) => x._ref === id)) credentials.push(id === c._ref ? c : ref(id, id.replace(/^cert-/, '')))
      }
      return {...doc, credentials}
    })
    return [...recommended, roleBased]
  },
}
