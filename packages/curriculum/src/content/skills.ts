import type {SkillCategory} from '../types.ts'
import type {SourceSlug} from './sources.ts'

export interface SkillInput {
  title: string
  category: SkillCategory
  description: string
  sources: SourceSlug[]
}

/** Every skill the seeds name, grouped by category. The key is the skill's slug. */
export const skills = {
  // Technical
  troubleshooting: {
    title: 'Troubleshooting',
    category: 'technical',
    description:
      'Finding out why something is broken and fixing it: reproducing the fault, narrowing down causes across hardware, software and network, and confirming the fix holds.',
    sources: ['technical-support-lead', 'it-support-growth'],
  },
  'hardware-support': {
    title: 'Hardware support',
    category: 'technical',
    description: 'Setting up, diagnosing and repairing computers, peripherals and other devices that people use every day.',
    sources: ['technical-support-lead', 'it-support-growth', 'it-support-management'],
  },
  'software-support': {
    title: 'Software support',
    category: 'technical',
    description: 'Installing, configuring and fixing operating systems and applications, and helping users get the work done that the software is for.',
    sources: ['technical-support-lead', 'it-support-growth', 'it-support-management'],
  },
  'it-systems': {
    title: 'IT systems knowledge',
    category: 'technical',
    description: 'Understanding how an organisation\'s infrastructure fits together, so a problem in one place can be traced to its source in another.',
    sources: ['technical-support-lead', 'it-support-management'],
  },
  networking: {
    title: 'Networking',
    category: 'technical',
    description: 'Setting up and troubleshooting local and wide-area networks: addressing, routing, switching, wireless and the services that run over them.',
    sources: ['technical-support-lead', 'it-support-growth', 'it-support-management'],
  },
  'system-administration': {
    title: 'System administration',
    category: 'technical',
    description: 'Running servers and directory services: user accounts, permissions, patching, backups and keeping systems available.',
    sources: ['technical-support-lead', 'it-support-management'],
  },
  cybersecurity: {
    title: 'Cybersecurity',
    category: 'technical',
    description: 'Protecting systems and data: secure configuration, access control, recognising attacks and responding to incidents. Network security is a common specialism.',
    sources: ['technical-support-lead', 'it-support-growth', 'it-support-management', 'support-learning-path'],
  },
  'database-management': {
    title: 'Database management',
    category: 'technical',
    description: 'Installing, tuning, backing up and querying databases, and diagnosing the faults users see when data stores misbehave.',
    sources: ['technical-support-lead', 'it-support-growth', 'it-support-management'],
  },
  'cloud-services': {
    title: 'Cloud services',
    category: 'technical',
    description: 'Supporting workloads and accounts on public cloud platforms such as AWS, Azure and Google Cloud, and understanding what moves when services leave the server room.',
    sources: ['technical-support-lead', 'it-support-growth', 'it-support-management', 'support-learning-path'],
  },
  'cloud-native': {
    title: 'Cloud-native technologies',
    category: 'technical',
    description: 'Working with microservices, containers and their orchestration well enough to support products built that way.',
    sources: ['support-learning-path'],
  },
  'devops-sre': {
    title: 'DevOps and site reliability engineering',
    category: 'technical',
    description: 'Applying DevOps and SRE habits to support: infrastructure as code, monitoring, incident response and learning from outages.',
    sources: ['support-learning-path'],
  },
  'ai-in-support': {
    title: 'AI and machine learning in support',
    category: 'technical',
    description: 'Knowing where AI and ML tools can deflect, triage or answer tickets, and how to introduce them without hurting the customer experience.',
    sources: ['support-learning-path'],
  },
  'automation-scripting': {
    title: 'Automation and scripting',
    category: 'technical',
    description: 'Writing scripts, for example in Python, that take repetitive support work off people\'s hands and make fixes repeatable.',
    sources: ['support-learning-path'],
  },
  'api-integration': {
    title: 'API development and integration',
    category: 'technical',
    description: 'Designing, calling and debugging APIs, and connecting support tools to each other and to the product.',
    sources: ['support-learning-path'],
  },
  'data-analysis': {
    title: 'Data analysis and reporting',
    category: 'technical',
    description: 'Turning ticket and product data into reports and insight, and automating the reports that are needed every week.',
    sources: ['support-learning-path'],
  },
  'it-service-management': {
    title: 'IT service management',
    category: 'technical',
    description: 'Running support as a service with agreed levels: incident, problem and change management as described by frameworks such as ITIL.',
    sources: ['support-learning-path', 'it-support-growth', 'it-support-management'],
  },
  'software-development': {
    title: 'Software development',
    category: 'technical',
    description:
      'Writing and reading code well enough to understand how applications are built and why they fail. Computing degrees teach it alongside networking and system administration.',
    sources: ['it-support-management'],
  },
  'technical-writing': {
    title: 'Technical writing',
    category: 'technical',
    description: 'Explaining technical matters clearly in writing: knowledge-base articles, runbooks, blog posts and documentation.',
    sources: ['support-learning-path'],
  },
  // Interpersonal
  communication: {
    title: 'Communication',
    category: 'interpersonal',
    description: 'Explaining problems and fixes so both technical colleagues and non-technical users understand them, in person and in writing.',
    sources: ['technical-support-lead', 'it-support-growth', 'it-support-management'],
  },
  'customer-service': {
    title: 'Customer service',
    category: 'interpersonal',
    description: 'Keeping the person with the problem informed and reassured, meeting service standards, and leaving them confident in the support they received.',
    sources: ['technical-support-lead', 'it-support-management'],
  },
  'patience-and-empathy': {
    title: 'Patience and empathy',
    category: 'interpersonal',
    description: 'Staying calm with frustrated users, seeing the problem from their side, and taking the time a confused caller needs.',
    sources: ['technical-support-lead'],
  },
  'problem-solving': {
    title: 'Problem-solving',
    category: 'interpersonal',
    description: 'Working through unfamiliar, messy situations methodically, alone or with others, until there is a way forward.',
    sources: ['technical-support-lead', 'it-support-management'],
  },
  'time-management': {
    title: 'Time management',
    category: 'interpersonal',
    description: 'Prioritising a queue, juggling shifts and projects, and carving out time for learning and extra work.',
    sources: ['technical-support-lead', 'beyond-tech-support'],
  },
  adaptability: {
    title: 'Adaptability',
    category: 'interpersonal',
    description: 'Adjusting quickly to new technology, new tools and changing priorities without losing quality.',
    sources: ['technical-support-lead', 'it-support-management'],
  },
  'professional-networking': {
    title: 'Professional networking',
    category: 'interpersonal',
    description: 'Building relationships with peers and leaders through events, forums, associations and online communities that lead to advice and openings.',
    sources: ['support-learning-path', 'technical-support-lead', 'it-support-growth', 'it-support-management'],
  },
  'public-speaking': {
    title: 'Public speaking and personal brand',
    category: 'interpersonal',
    description: 'Presenting at meetups and conferences and keeping a professional online presence that shows what you know.',
    sources: ['support-learning-path'],
  },
  // Leadership
  mentoring: {
    title: 'Mentoring and training',
    category: 'leadership',
    description: 'Helping less experienced colleagues grow: pairing, running training sessions, reviewing their work and sharing knowledge.',
    sources: ['support-learning-path', 'technical-support-lead', 'it-support-growth', 'it-support-management'],
  },
  'team-leadership': {
    title: 'Team leadership',
    category: 'leadership',
    description: 'Running a team day to day: schedules, building trust, handling conflict, managing performance and keeping morale up.',
    sources: ['support-learning-path', 'technical-support-lead', 'it-support-growth', 'it-support-management'],
  },
  'technical-leadership': {
    title: 'Technical leadership',
    category: 'leadership',
    description: 'Leading technical projects and cross-team initiatives, making sound technical decisions and influencing architecture.',
    sources: ['support-learning-path', 'technical-support-lead'],
  },
  'hiring-and-talent': {
    title: 'Hiring and talent development',
    category: 'leadership',
    description: 'Recruiting, onboarding and growing people, and planning who will be ready for the next role.',
    sources: ['support-learning-path'],
  },
  'change-management': {
    title: 'Change management and culture',
    category: 'leadership',
    description: 'Leading an organisation through change, and shaping a team culture of learning and innovation.',
    sources: ['support-learning-path', 'it-support-management'],
  },
  'decision-making': {
    title: 'Decision-making',
    category: 'leadership',
    description: 'Making timely calls with incomplete information, owning them, and explaining the reasoning to those affected.',
    sources: ['support-learning-path', 'technical-support-lead', 'it-support-growth'],
  },
  // Business
  'business-acumen': {
    title: 'Business acumen',
    category: 'business',
    description: 'Seeing how IT and support serve the wider organisation, and aligning technical work with business objectives.',
    sources: ['it-support-growth', 'it-support-management'],
  },
  'strategic-planning': {
    title: 'Strategic planning',
    category: 'business',
    description: 'Setting long-term direction for a support function or IT department and turning it into plans, milestones and priorities.',
    sources: ['support-learning-path', 'technical-support-lead', 'it-support-growth', 'it-support-management'],
  },
  'budgeting-and-finance': {
    title: 'Budgeting and financial literacy',
    category: 'business',
    description: 'Reading business metrics and financial statements, building budgets and spending resources wisely.',
    sources: ['support-learning-path', 'it-support-growth', 'it-support-management'],
  },
  'project-management': {
    title: 'Project management',
    category: 'business',
    description: 'Planning, running and closing projects on time and on budget, from small internal fixes to department-wide rollouts.',
    sources: ['technical-support-lead', 'it-support-growth', 'it-support-management'],
  },
  'stakeholder-management': {
    title: 'Stakeholder management and influence',
    category: 'business',
    description: 'Working with other departments and executives, presenting to them clearly, and gaining support for plans across the organisation.',
    sources: ['support-learning-path', 'it-support-growth'],
  },
  'customer-success-metrics': {
    title: 'Customer success metrics',
    category: 'business',
    description: 'Measuring retention, satisfaction and revenue impact, and showing how support work moves those numbers.',
    sources: ['support-learning-path'],
  },
  'career-planning': {
    title: 'Career planning',
    category: 'business',
    description: 'Mapping your own route with milestones, spotting skill gaps, and preparing for performance reviews and promotion cases.',
    sources: ['support-learning-path'],
  },
} satisfies Record<string, SkillInput>

export type SkillSlug = keyof typeof skills
