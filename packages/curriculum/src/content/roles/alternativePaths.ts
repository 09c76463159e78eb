import type {RoleDefinitions} from '../../define/roles.ts'

/** Roles outside support that the learning-path seed names as alternative careers. */
export const alternativePathRoles: RoleDefinitions = {
  'customer-success-manager': {
    title: 'Customer success manager',
    aliases: ['Customer success', 'CSM'],
    summary:
      'Looks after a portfolio of customers so they get value from the product and renew. Former support engineers bring product depth and a feel for where customers struggle.',
    responsibilities: [
      'Guide customers to value from onboarding to renewal',
      'Track health, retention and expansion metrics',
      'Bring customer feedback to product and support teams',
    ],
    skills: {'customer-success-metrics': 3, communication: 4, 'customer-service': 4, 'stakeholder-management': 3, 'business-acumen': 3, 'data-analysis': 2},
    experience: {min: 2},
    resources: ['gainsight-customer-success-metrics', 'support-driven-career-paths'],
    sources: ['support-learning-path'],
  },
  'product-manager': {
    title: 'Product manager',
    aliases: ['Product management'],
    summary:
      'Decides what the product should do next and why. Support engineers who move here use what they learned from thousands of customer problems to set priorities.',
    responsibilities: [
      'Gather and weigh customer needs, including evidence from support',
      'Set product priorities and write requirements',
      'Work with engineering, design and go-to-market teams',
    ],
    skills: {'stakeholder-management': 3, 'strategic-planning': 3, 'data-analysis': 3, communication: 4, 'business-acumen': 3, 'decision-making': 3},
    experience: {min: 2},
    resources: ['support-driven-career-paths', 'pmi-stakeholder-management-plan', 'mckinsey-strategy-insights'],
    sources: ['support-learning-path'],
  },
  'sales-engineer': {
    title: 'Sales engineer',
    aliases: ['Sales engineering', 'Solutions engineer', 'Pre-sales engineer'],
    summary:
      'The technical partner in a sales team: demonstrates the product, designs proofs of concept and answers prospects\' technical questions. Troubleshooting and explaining skills from support carry straight over.',
    responsibilities: [
      'Run technical demonstrations and proofs of concept',
      'Answer technical and security questions from prospects',
      'Help design how the product fits a customer\'s environment',
    ],
    skills: {communication: 4, 'public-speaking': 3, 'api-integration': 3, troubleshooting: 3, 'business-acumen': 3, 'stakeholder-management': 3},
    experience: {min: 2},
    resources: ['support-driven-career-paths', 'postman-api-development', 'lara-hogan-speaking'],
    sources: ['support-learning-path'],
  },
  'developer-advocate': {
    title: 'Developer advocate',
    aliases: ['DevRel', 'Developer relations', 'Developer relations engineer'],
    summary:
      'Represents developers to the company and the company to developers: writing tutorials and samples, speaking at events and gathering feedback from the community. Support engineers who enjoy teaching often move here.',
    responsibilities: [
      'Write tutorials, samples and technical articles',
      'Speak at conferences and meetups',
      'Build and support the developer community',
      'Carry developer feedback to product and engineering',
    ],
    skills: {'technical-writing': 4, 'public-speaking': 4, 'professional-networking': 4, 'api-integration': 3, communication: 4, 'automation-scripting': 2},
    experience: {min: 2},
    resources: ['lara-hogan-speaking', 'github-technical-writing', 'linkedin-learning-profile', 'support-driven-community'],
    sources: ['support-learning-path'],
  },
}
