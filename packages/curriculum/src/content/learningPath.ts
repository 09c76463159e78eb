import type {RoleSlug} from './tracks.ts'
import type {ResourceSlug} from './resources.ts'
import type {SourceSlug} from './sources.ts'

export interface TopicInput {
  title: string
  /** What to take away, in our words, in the seed's order. */
  keyPoints: string[]
  /** In the order the seed lists them. */
  resources: ResourceSlug[]
}

export interface ModuleInput {
  slug: string
  title: string
  summary: string
  topics: TopicInput[]
}

export interface LearningPathInput {
  slug: string
  title: string
  summary: string
  roles: RoleSlug[]
  modules: ModuleInput[]
  sources: SourceSlug[]
}

/** The learning path of the first seed: five modules, in order. */
export const supportEngineeringPath: LearningPathInput = {
  slug: 'support-engineering-career-development',
  title: 'Career development and leadership for support engineers',
  summary:
    'Five modules for support engineers planning their next steps: the ladders open to them, leading people and projects, deeper technical skills, a professional profile and network, and the business side of senior roles. It ends with a nudge to stay active in the community, keep certifying and say yes to leadership chances at work.',
  roles: [
    'junior-support-engineer',
    'senior-support-engineer',
    'staff-support-engineer',
    'principal-support-engineer',
    'support-team-lead',
    'support-manager',
    'director-of-support',
    'vp-of-support',
  ],
  sources: ['support-learning-path'],
  modules: [
    {
      slug: 'career-progression-pathways',
      title: 'Career progression pathways',
      summary: 'Where a support engineering career can lead, and how to plan the route deliberately.',
      topics: [
        {
          title: 'The support engineering career ladder',
          keyPoints: [
            'Individual contributors climb from junior to senior, then staff and finally principal support engineer',
            'The management route runs from team lead to manager, director and finally VP of support',
            'Customer success, product management, sales engineering and developer relations are common ways out of support',
          ],
          resources: ['support-driven-career-paths', 'progression-fyi', 'intercom-support-engineering-career'],
        },
        {
          title: 'Career planning and goal setting',
          keyPoints: [
            'Write a roadmap for your career with concrete milestones and dates',
            'Compare your skills with what the next role needs and plan how to close the gaps',
            'Prepare for performance reviews and build the case for your advancement',
          ],
          resources: ['hbr-career-development-plan', 'mindtools-smart-goals', 'linkedin-learning-career-development'],
        },
      ],
    },
    {
      slug: 'leadership-and-management-skills',
      title: 'Leadership and management skills',
      summary: 'Leading through technical influence, and leading people directly.',
      topics: [
        {
          title: 'Technical leadership development',
          keyPoints: [
            'Take the lead on technical projects and on initiatives that involve other teams',
            'Mentor less experienced colleagues and help them grow',
            'Make technical decisions and have a say in architecture',
          ],
          resources: ['the-managers-path', 'stripe-engineering-leadership', 'thoughtworks-tech-lead-skills'],
        },
        {
          title: 'People management and team leadership',
          keyPoints: [
            'Build a team, manage its performance and settle conflicts',
            'Hire and onboard well, then keep developing the people you hired',
            'Guide the organisation through change and shape its culture',
          ],
          resources: ['hbr-first-time-manager', 'coursera-leadership-skills', 'shrm-performance-management'],
        },
      ],
    },
    {
      slug: 'advanced-technical-skills',
      title: 'Advanced technical skills development',
      summary: 'Staying technically current: new platforms, automation and certifications.',
      topics: [
        {
          title: 'Emerging technologies and industry trends',
          keyPoints: [
            'Understand cloud-native systems: microservices and containers',
            'Learn where AI and machine learning can automate and improve support work',
            'Pick up DevOps and SRE practices, including infrastructure as code',
          ],
          resources: ['cncf-training-and-certification', 'zendesk-ai-customer-service', 'google-sre-books'],
        },
        {
          title: 'Automation and advanced scripting',
          keyPoints: [
            'Script the repetitive parts of support operations',
            'Build and integrate APIs that connect support tools',
            'Automate data analysis and regular reports',
          ],
          resources: ['automate-the-boring-stuff', 'postman-api-development', 'freecodecamp-data-analysis'],
        },
        {
          title: 'Professional certifications for support engineers',
          keyPoints: [
            'Work through CompTIA A+, Network+ and Security+',
            'Add a cloud certification from AWS, Azure or Google Cloud',
            'Consider ITIL for service management, and a project management credential',
          ],
          resources: ['professor-messer-comptia-roadmap', 'aws-certification-guide', 'axelos-itil'],
        },
      ],
    },
    {
      slug: 'professional-branding-and-networking',
      title: 'Professional branding and networking',
      summary: 'Making your work visible and building the relationships that open doors.',
      topics: [
        {
          title: 'Building your professional brand',
          keyPoints: [
            'Keep your LinkedIn profile and other public profiles current and professional',
            'Write technical articles and blog posts to become known for your expertise',
            'Give talks at conferences and industry events',
          ],
          resources: ['linkedin-learning-profile', 'github-technical-writing', 'lara-hogan-speaking'],
        },
        {
          title: 'Networking and community engagement',
          keyPoints: [
            'Take part in professional communities, and in time help to run them',
            'Join mentoring programmes and share what you know',
            'Build relationships across the industry on purpose, not only when job hunting',
          ],
          resources: ['support-driven-community', 'hbr-learn-to-love-networking', 'adplist'],
        },
      ],
    },
    {
      slug: 'business-strategy-and-executive-skills',
      title: 'Business strategy and executive skills',
      summary: 'The numbers, strategy and communication expected of senior leaders.',
      topics: [
        {
          title: 'Understanding business metrics and strategy',
          keyPoints: [
            'Learn to read financial figures and business metrics',
            'Measure customer success and the revenue effect of support',
            'Plan strategically and keep support aligned with the organisation',
          ],
          resources: ['coursera-business-strategy', 'edx-finance-and-accounting', 'gainsight-customer-success-metrics'],
        },
        {
          title: 'Executive communication and influence',
          keyPoints: [
            'Present and write for executives: short, clear and tied to outcomes',
            'Manage stakeholders and gain influence across the organisation',
            'Use frameworks for strategic thinking and decisions',
          ],
          resources: ['mit-sloan-strategic-communication', 'mckinsey-strategy-insights', 'pmi-stakeholder-management-plan'],
        },
      ],
    },
  ],
}
