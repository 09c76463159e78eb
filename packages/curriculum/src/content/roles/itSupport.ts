import {promotion, specialisation, type RoleDefinitions} from '../../define/roles.ts'

/**
 * Waiting rule from "Building a Career Beyond Tech Support": once you are ready,
 * give your employer a fixed window (five months is the article's example)
 * before looking for the next step elsewhere.
 */
export const fiveMonthRule =
  'If no internal opening or project appears within a set window once you are ready (the seed suggests about five months), look for the step at another employer'

/**
 * The alternative to specialising that "Mapping Your Career" describes: knowing
 * hardware, software, cloud services and security well enough to oversee every
 * kind of issue, which is what makes a candidate for a lead role.
 */
export const broadeningCondition =
  'Has broadened across hardware, software, cloud services and cybersecurity, giving the all-round view needed to oversee every kind of issue (the alternative to specialising)'

/** The IT support ladder: help desk to CIO. */
export const itSupportRoles: RoleDefinitions = {
  'help-desk-technician': {
    title: 'Help desk technician',
    aliases: ['Entry-level technician', 'IT support technician', 'Tech support technician', 'Desktop support technician'],
    summary:
      'The usual first job in IT support. Help desk technicians answer calls and tickets from users, fix everyday hardware, software and account problems, and pass harder cases on. It is where people learn the organisation\'s systems and how to look after a frustrated user.',
    responsibilities: [
      'Take user requests by phone, chat and ticket and log them accurately',
      'Diagnose and fix common hardware, software, printer, account and connectivity faults',
      'Escalate problems beyond your reach with clear notes on what was tried',
      'Keep users informed until their issue is closed',
      'Help keep the organisation\'s IT systems healthy with routine maintenance, updates and checks',
      'Learn the organisation\'s products, services and infrastructure',
      'Cover shifts, including out-of-hours rotas where the service runs around the clock',
    ],
    skills: {
      troubleshooting: 2,
      'customer-service': 3,
      'patience-and-empathy': 3,
      communication: 2,
      'hardware-support': 2,
      'software-support': 2,
      networking: 1,
      'it-systems': 1,
      'problem-solving': 2,
      'time-management': 2,
    },
    certifications: ['comptia-a-plus', 'it-support-professional-certificate', 'comptia-network-plus', 'bachelors-computer-science'],
    experience: {min: 0, max: 2},
    education:
      'Many employers ask for a degree in computer science, IT or a related field, but plenty hire on aptitude plus an entry certification such as CompTIA A+. Recent computer-science graduates use the job to see how IT really runs day to day.',
    transitions: [
      promotion('senior-technician', 2, [
        'Handles the full range of routine tickets without help',
        'Has helped on larger projects beyond the queue, with the manager\'s agreement',
        fiveMonthRule,
      ]),
      promotion('senior-support-specialist', 2, ['Has a record of resolving complex user issues and guiding newer colleagues', fiveMonthRule]),
      promotion('it-support-supervisor', 3, [
        'Has overseen a small team or project and shown leadership on the desk, so the jump to supervision is credible',
        fiveMonthRule,
      ]),
      promotion('systems-administrator', 2, ['Has built server and directory skills, for example by shadowing administrators', fiveMonthRule]),
      promotion('network-engineer', 2, ['Has studied networking (for example Network+ or CCNA) and handled network tickets', fiveMonthRule]),
    ],
    resources: ['comptia-certifications', 'professor-messer-comptia-roadmap', 'coursera-it-support-certificate', 'techrepublic', 'meetup'],
    sources: ['technical-support-lead', 'it-support-growth', 'it-support-management', 'beyond-tech-support'],
  },
  'senior-technician': {
    title: 'Senior technician',
    aliases: ['Senior IT support technician', 'Senior help desk technician'],
    summary:
      'An experienced technician who takes the problems others cannot solve, coaches junior staff and may run a small project or a handful of people. It is the rung where leadership habits start to matter as much as technical depth.',
    responsibilities: [
      'Resolve complex and escalated technical problems',
      'Coach and mentor junior technicians and run training sessions',
      'Lead small projects such as rollouts or upgrades',
      'Improve procedures and knowledge-base articles so the team fixes things faster',
      'Possibly supervise a small group of technicians',
    ],
    skills: {
      troubleshooting: 4,
      'hardware-support': 3,
      'software-support': 3,
      networking: 2,
      'it-systems': 3,
      'customer-service': 3,
      'patience-and-empathy': 3,
      communication: 3,
      'problem-solving': 3,
      'time-management': 3,
      mentoring: 2,
      'project-management': 1,
      cybersecurity: 2,
    },
    certifications: ['comptia-network-plus', 'comptia-security-plus', 'cisco-ccna'],
    experience: {min: 2, max: 5},
    education: 'A technical degree helps but is rarely decisive here; certifications in a specialist area and a track record on the desk carry most weight.',
    transitions: [
      promotion('technical-support-lead', 2, [
        'Has mentored colleagues and led training or a small project',
        'Shows the soft skills to coordinate a team',
        broadeningCondition,
        fiveMonthRule,
      ]),
      promotion('it-support-supervisor', 3, ['Has managed a small team or project and is ready to move from fixing problems to managing people, planning and administration']),
      specialisation('subject-matter-expert', 3, [
        'Has chosen one field, such as databases, network security or cloud services, and built deep expertise in it',
      ]),
    ],
    resources: ['automate-the-boring-stuff', 'comptia-certifications', 'cisco-certifications', 'the-7-habits-of-highly-effective-people', 'techtarget'],
    sources: ['technical-support-lead', 'it-support-growth'],
  },
  'technical-support-lead': {
    title: 'Technical support lead',
    aliases: ['Team lead', 'Support lead', 'IT support team lead', 'Help desk lead'],
    summary:
      'Runs the daily work of a technical support team: rotas, training, service standards and the hardest escalations. The lead links the people on the desk with management and helps shape plans to improve the service, while still being hands-on.',
    responsibilities: [
      'Organise schedules and the day-to-day running of the support team',
      'Train staff and give technical guidance on difficult cases',
      'Resolve escalated technical issues',
      'Make sure customer service standards are met',
      'Report to management and contribute to plans for improving support',
      'Keep up with new technology that will affect the team',
    ],
    skills: {
      troubleshooting: 4,
      'it-systems': 3,
      'customer-service': 4,
      communication: 4,
      'patience-and-empathy': 3,
      'problem-solving': 4,
      'time-management': 3,
      adaptability: 3,
      mentoring: 3,
      'team-leadership': 3,
      'technical-leadership': 3,
      'decision-making': 2,
      'project-management': 2,
      'strategic-planning': 1,
    },
    certifications: ['itil-foundation', 'comptia-a-plus', 'comptia-network-plus', 'microsoft-mcitp', 'bachelors-computer-science', 'masters-information-technology', 'mba-it-management'],
    experience: {min: 3, max: 7},
    education:
      'A bachelor\'s degree in computer science or a related field is common; a concentration in network administration, information systems or cybersecurity is an advantage. Experience and continuous learning count just as much.',
    transitions: [
      promotion('it-support-supervisor', 2, ['Has shown they can manage a larger team and plan beyond the current week']),
      promotion('it-support-manager', 3, ['Has led projects end to end and shown the strategic thinking a manager needs']),
    ],
    resources: ['the-managers-path', 'the-phoenix-project', 'leaders-eat-last', 'the-7-habits-of-highly-effective-people', 'thoughtworks-tech-lead-skills', 'axelos-itil', 'udemy', 'coursera-it-support-certificate', 'edx', 'linkedin', 'technet', 'harvard-business-review', 'techrepublic', 'forbes-leadership'],
    sources: ['technical-support-lead', 'it-support-growth'],
  },
  'it-support-supervisor': {
    title: 'IT support supervisor',
    aliases: ['Technical support supervisor', 'Supervisor', 'Team lead/supervisor', 'Help desk supervisor'],
    summary:
      'Supervises a larger support team or several teams. The focus moves from fixing problems to managing people, planning, and administration, with responsibility for how well the whole desk performs.',
    responsibilities: [
      'Manage a larger support team, including performance and workload',
      'Plan staffing, shifts and longer-term improvements',
      'Take administrative work such as reporting and service-level tracking',
      'Make decisions that shape how effective support is across the organisation',
      'Develop the team\'s skills through training and mentoring',
    ],
    skills: {
      troubleshooting: 4,
      'it-systems': 4,
      'customer-service': 4,
      communication: 4,
      'problem-solving': 4,
      'time-management': 4,
      adaptability: 3,
      mentoring: 4,
      'team-leadership': 3,
      'technical-leadership': 3,
      'decision-making': 3,
      'project-management': 3,
      'it-service-management': 3,
      'strategic-planning': 2,
      'budgeting-and-finance': 1,
    },
    certifications: ['itil-foundation', 'pmp', 'bachelors-computer-science'],
    experience: {min: 4, max: 10},
    education: 'A bachelor\'s degree is typically expected for supervisory and management posts in technology companies.',
    transitions: [promotion('it-support-manager', 2, ['Has a record of successful projects and efficient team leadership'])],
    resources: ['axelos-itil', 'hbr-first-time-manager', 'shrm-performance-management', 'the-phoenix-project', 'pmi'],
    sources: ['technical-support-lead', 'it-support-growth', 'it-support-management'],
  },
  'it-support-manager': {
    title: 'IT support manager',
    aliases: ['Manager', 'Technical support manager', 'Help desk manager', 'Support services manager'],
    summary:
      'Owns the IT support department: its people, budget, service levels and plans. The manager answers for how quickly and how well issues are resolved, works with other departments, and keeps IT support aligned with what the business is trying to achieve.',
    responsibilities: [
      'Lead the support teams and answer for the quality and speed of the service',
      'Set, track and improve service levels',
      'Plan and manage the department\'s budget and resources',
      'Put strategy into practice and align IT support with business goals',
      'Work with other departments and represent support to them',
      'Champion new ideas and a learning culture within the team',
    ],
    skills: {
      communication: 5,
      'customer-service': 4,
      'problem-solving': 4,
      adaptability: 4,
      'it-systems': 4,
      'it-service-management': 4,
      'team-leadership': 4,
      mentoring: 4,
      'decision-making': 4,
      'hiring-and-talent': 3,
      'change-management': 3,
      'strategic-planning': 3,
      'budgeting-and-finance': 3,
      'business-acumen': 3,
      'project-management': 4,
      'stakeholder-management': 3,
    },
    certifications: ['itil-foundation', 'pmp', 'comptia-a-plus', 'comptia-network-plus', 'cisco-ccna', 'bachelors-computer-science', 'mba-it-management'],
    experience: {min: 5},
    education:
      'A degree in computer science, IT or a related field is the usual foundation. An MBA with an IT focus, or ITIL and PMP certifications, strengthen the management side.',
    transitions: [promotion('director-of-it-support', 3, ['Has run the department well through at least one budget cycle and major change'])],
    resources: ['the-it-support-handbook', 'the-managers-path', 'the-phoenix-project', 'comptia-certifications', 'cisco-certifications', 'axelos-itil', 'pmp-certification', 'aitp', 'isaca', 'pmi'],
    sources: ['it-support-management', 'it-support-growth', 'technical-support-lead'],
  },
  'director-of-it-support': {
    title: 'Director of IT support',
    aliases: ['IT support director', 'Director of technical support'],
    summary:
      'Sets the direction for IT support across the organisation, makes high-level decisions and coordinates with other IT directors and the executive team.',
    responsibilities: [
      'Plan the long-term strategy for IT support',
      'Make high-level decisions on investment, staffing and service',
      'Coordinate with other IT directors and C-level executives',
      'Develop the managers who run the support teams',
    ],
    skills: {
      communication: 5,
      'it-systems': 4,
      'it-service-management': 4,
      'team-leadership': 5,
      'decision-making': 5,
      'hiring-and-talent': 4,
      'change-management': 4,
      'strategic-planning': 4,
      'budgeting-and-finance': 4,
      'business-acumen': 4,
      'project-management': 4,
      'stakeholder-management': 4,
    },
    certifications: ['mba-it-management', 'pmp'],
    experience: {min: 8},
    education: 'Formal education matters more at this level: an MBA focused on information systems or technology management is common among directors.',
    transitions: [promotion('chief-information-officer', 4, ['Has shaped IT strategy with the executive team and delivered on it'])],
    resources: ['gartner', 'harvard-business-review', 'mckinsey-strategy-insights', 'coursera-business-strategy', 'edx-finance-and-accounting', 'linkedin-learning', 'coursera', 'techcrunch'],
    sources: ['it-support-growth'],
  },
  'chief-information-officer': {
    title: 'Chief information officer (CIO)',
    aliases: ['CIO', 'Chief technology officer (CTO)', 'CTO'],
    summary:
      'The executive who owns the organisation\'s overall technology strategy and makes sure technology serves the organisation\'s goals. The seed treats CIO and CTO as the same top rung, so both titles are kept here.',
    responsibilities: [
      'Set the overall IT strategy for the organisation',
      'Make sure technology investments support the organisation\'s goals',
      'Lead the IT leadership team, including the directors of support',
      'Represent technology at board and executive level',
    ],
    skills: {
      communication: 5,
      'it-systems': 5,
      'team-leadership': 5,
      'decision-making': 5,
      'hiring-and-talent': 5,
      'change-management': 5,
      'strategic-planning': 5,
      'budgeting-and-finance': 5,
      'business-acumen': 5,
      'stakeholder-management': 5,
    },
    certifications: ['mba-it-management'],
    experience: {min: 12},
    education: 'An MBA with a technology-management focus is a frequent advantage for people aiming at executive roles.',
    resources: ['gartner', 'harvard-business-review', 'mit-sloan-strategic-communication', 'mckinsey-strategy-insights', 'acm'],
    sources: ['it-support-growth'],
  },
}
