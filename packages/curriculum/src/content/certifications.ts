import type {CertificationLevel, CertificationStatus, CredentialKind} from '../types.ts'
import type {SkillSlug} from './skills.ts'
import type {SourceSlug} from './sources.ts'

export interface CertificationInput {
  title: string
  kind: CredentialKind
  vendor: string
  level: CertificationLevel
  /** The vendor's own page; omitted when there is no well-known official one. */
  url?: string
  summary: string
  skills: SkillSlug[]
  status: CertificationStatus
  /** YYYY-MM-DD, the vendor's published retirement date. */
  retiredOn?: string
  /** Slug of the credential the vendor points holders to instead. */
  successor?: string
  sources: SourceSlug[]
}

/** Every certification and degree the seeds name. The key is the slug; the id is `cert-<slug>`. */
export const certifications = {
  'comptia-a-plus': {
    title: 'CompTIA A+',
    kind: 'certification',
    vendor: 'CompTIA',
    level: 'entry',
    url: 'https://www.comptia.org/certifications/a',
    summary:
      'The best-known first certification for IT support. It shows you can set up, maintain and fix PCs, mobile devices, operating systems and small networks, and it is often the credential employers look for at the help desk.',
    skills: ['troubleshooting', 'hardware-support', 'software-support', 'networking', 'cybersecurity'],
    status: 'active',
    sources: ['support-learning-path', 'technical-support-lead', 'it-support-growth', 'it-support-management'],
  },
  'comptia-network-plus': {
    title: 'CompTIA Network+',
    kind: 'certification',
    vendor: 'CompTIA',
    level: 'entry',
    url: 'https://www.comptia.org/certifications/network',
    summary:
      'A vendor-neutral networking certification that follows A+ on the CompTIA roadmap: network design, configuration, operation and troubleshooting.',
    skills: ['networking', 'troubleshooting', 'cybersecurity'],
    status: 'active',
    sources: ['support-learning-path', 'technical-support-lead', 'it-support-management'],
  },
  'comptia-security-plus': {
    title: 'CompTIA Security+',
    kind: 'certification',
    vendor: 'CompTIA',
    level: 'entry',
    url: 'https://www.comptia.org/certifications/security',
    summary:
      'A vendor-neutral baseline security certification: threats, secure architecture, identity and access, and incident response. It is the usual next step after Network+.',
    skills: ['cybersecurity', 'networking'],
    status: 'active',
    sources: ['support-learning-path'],
  },
  'cisco-ccna': {
    title: 'Cisco Certified Network Associate (CCNA)',
    kind: 'certification',
    vendor: 'Cisco',
    level: 'associate',
    url: 'https://www.cisco.com/site/us/en/learn/training-certifications/certifications/enterprise/ccna/index.html',
    summary:
      'Cisco\'s associate-level networking certification, covering how to install, configure and troubleshoot switched and routed networks. Valuable for anyone who sets up or fixes networks in a support job.',
    skills: ['networking', 'troubleshooting', 'cybersecurity', 'automation-scripting'],
    status: 'active',
    sources: ['it-support-growth', 'it-support-management'],
  },
  'microsoft-mcitp': {
    title: 'Microsoft Certified IT Professional (MCITP)',
    kind: 'certification',
    vendor: 'Microsoft',
    level: 'professional',
    summary:
      'A family of job-role certifications (server, enterprise and database administrator, among others) on older Microsoft products. Microsoft retired them in stages and invited holders to upgrade to the MCSE. One seed still recommends it.',
    skills: ['system-administration', 'software-support', 'database-management'],
    status: 'retired',
    // Microsoft: "All MCITP certifications retired between July 31, 2014, and July 31, 2016"; this is the last date.
    retiredOn: '2016-07-31',
    successor: 'microsoft-mcse',
    sources: ['technical-support-lead'],
  },
  'microsoft-mcse': {
    title: 'Microsoft Certified Solutions Expert (MCSE)',
    kind: 'certification',
    vendor: 'Microsoft',
    level: 'expert',
    summary:
      'Microsoft\'s expert-level credential for building and running solutions on its server, data and productivity technologies. Microsoft stopped awarding it when it moved to role-based certifications, which have no single direct replacement.',
    skills: ['system-administration', 'networking', 'cloud-services', 'database-management'],
    status: 'retired',
    // Microsoft retired MCSA, MCSD and MCSE on 31 January 2021.
    retiredOn: '2021-01-31',
    sources: ['it-support-growth'],
  },
  'itil-foundation': {
    title: 'ITIL Foundation',
    kind: 'certification',
    vendor: 'AXELOS (PeopleCert)',
    level: 'entry',
    url: 'https://www.axelos.com/certifications/itil-service-management',
    summary:
      'The entry certification in ITIL, the widely used framework for IT service management. It teaches the vocabulary and practices of running support as a service and is valued for supervisor and manager roles.',
    skills: ['it-service-management', 'strategic-planning'],
    status: 'active',
    sources: ['support-learning-path', 'it-support-growth', 'it-support-management'],
  },
  pmp: {
    title: 'Project Management Professional (PMP)',
    kind: 'certification',
    vendor: 'Project Management Institute (PMI)',
    level: 'professional',
    url: 'https://www.pmi.org/certifications/project-management-pmp',
    summary:
      'PMI\'s flagship project management certification. It requires documented project experience and is a common signal of readiness for management roles in IT.',
    skills: ['project-management', 'stakeholder-management', 'budgeting-and-finance'],
    status: 'active',
    sources: ['support-learning-path', 'it-support-growth', 'it-support-management'],
  },
  'aws-certification': {
    title: 'AWS Certification',
    kind: 'certification',
    vendor: 'Amazon Web Services',
    level: 'associate',
    url: 'https://aws.amazon.com/certification/',
    summary:
      'Amazon\'s cloud certification programme, from a foundational practitioner exam through associate and professional levels to specialty exams. Listed here at associate level, where most support engineers aim first.',
    skills: ['cloud-services', 'cloud-native'],
    status: 'active',
    sources: ['support-learning-path'],
  },
  'microsoft-azure-certifications': {
    title: 'Microsoft Azure certifications',
    kind: 'certification',
    vendor: 'Microsoft',
    level: 'associate',
    url: 'https://learn.microsoft.com/en-us/credentials/',
    summary:
      'Microsoft\'s role-based credentials for its Azure cloud, from fundamentals to associate and expert. Listed at associate level, the usual target for someone supporting Azure workloads.',
    skills: ['cloud-services', 'system-administration'],
    status: 'active',
    sources: ['support-learning-path'],
  },
  'google-cloud-certifications': {
    title: 'Google Cloud (GCP) certifications',
    kind: 'certification',
    vendor: 'Google Cloud',
    level: 'associate',
    url: 'https://cloud.google.com/learn/certification',
    summary:
      'Google\'s certifications for its cloud platform, in foundational, associate and professional tiers. Listed at associate level, which covers deploying and running workloads.',
    skills: ['cloud-services', 'cloud-native'],
    status: 'active',
    sources: ['support-learning-path'],
  },
  'it-support-professional-certificate': {
    title: 'IT Support Professional Certificate',
    kind: 'certification',
    vendor: 'Google (on Coursera)',
    level: 'entry',
    url: 'https://www.coursera.org/professional-certificates/google-it-support',
    summary:
      'A self-paced online certificate for beginners covering troubleshooting, networking, operating systems, system administration and security. The seed names only Coursera as the platform; the best-known programme of this name there is Google\'s, which is the one linked.',
    skills: ['troubleshooting', 'networking', 'system-administration', 'cybersecurity', 'customer-service'],
    status: 'active',
    sources: ['technical-support-lead'],
  },
  'bachelors-computer-science': {
    title: 'Bachelor\'s degree in computer science, information technology or a related field',
    kind: 'degree',
    vendor: 'Universities and colleges',
    level: 'entry',
    summary:
      'The usual academic starting point for IT support careers and often a requirement for management posts. Concentrations in network administration, information systems or cybersecurity help a candidate stand out.',
    skills: ['networking', 'system-administration', 'software-development', 'software-support', 'cybersecurity', 'database-management'],
    status: 'active',
    sources: ['technical-support-lead', 'it-support-management', 'beyond-tech-support'],
  },
  'masters-information-technology': {
    title: 'Master\'s degree in information technology',
    kind: 'degree',
    vendor: 'Universities and colleges',
    level: 'professional',
    summary: 'A graduate degree for people who want to move faster towards leadership, deepening technical breadth and adding IT management.',
    skills: ['it-service-management', 'strategic-planning', 'project-management'],
    status: 'active',
    sources: ['technical-support-lead'],
  },
  'mba-it-management': {
    title: 'Master of Business Administration (MBA) with an IT or technology management focus',
    kind: 'degree',
    vendor: 'Business schools',
    level: 'professional',
    summary:
      'A business degree concentrating on information systems or technology management. It builds the finance, strategy and leadership grounding expected of managers, directors and executives.',
    skills: ['business-acumen', 'strategic-planning', 'budgeting-and-finance', 'team-leadership', 'stakeholder-management'],
    status: 'active',
    sources: ['technical-support-lead', 'it-support-growth', 'it-support-management'],
  },
} satisfies Record<string, CertificationInput>

export type CertificationSlug = keyof typeof certifications
