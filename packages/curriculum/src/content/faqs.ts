import {bullets, p, type BlockSpec} from '../define/portableText.ts'
import {ladders, type RoleSlug} from './tracks.ts'
import type {SourceSlug} from './sources.ts'

export interface FaqInput {
  slug: string
  /** The seed's question, reworded; always ends with "?". */
  question: string
  answer: BlockSpec[]
  roles: RoleSlug[]
  sources: SourceSlug[]
}

/** Every question the seeds ask, answered in our own words. */
export const faqs: FaqInput[] = [
  // ── "Mapping Your Career: Path to Becoming a Technical Support Lead" ──
  {
    slug: 'technical-support-lead-skills',
    question: 'Which skills does a technical support lead need?',
    answer: [
      p('A mix of technical depth and people skills.'),
      ...bullets(
        '**Technical:** troubleshooting, a working knowledge of the organisation\'s IT systems, and familiarity with a wide range of hardware and software.',
        '**Interpersonal and leadership:** clear communication, leading others, solving problems and managing time.',
      ),
    ],
    roles: ['technical-support-lead'],
    sources: ['technical-support-lead'],
  },
  {
    slug: 'technical-support-lead-education',
    question: 'How much does formal education matter for becoming a technical support lead?',
    answer: [
      p(
        'It helps, but it is not everything. A bachelor\'s in computer science or something close gives a good foundation and supports later promotion, yet practical experience and a habit of learning are valued just as highly.',
      ),
      p('Certifications and targeted training can fill the gaps a degree leaves and prove expertise in particular areas.'),
    ],
    roles: ['technical-support-lead'],
    sources: ['technical-support-lead'],
  },
  {
    slug: 'path-to-technical-support-lead',
    question: 'What career path leads to a technical support lead position?',
    answer: [
      p(
        'Most people start at the help desk, move into a mid-level technical job such as systems administrator or network engineer, and then step into supervision or management.',
      ),
      p('Throughout, keep developing leadership skills and keep learning; that is what carries people from a technical role into leading the support team.'),
    ],
    roles: ['help-desk-technician', 'systems-administrator', 'network-engineer', 'it-support-supervisor', 'technical-support-lead'],
    sources: ['technical-support-lead'],
  },
  {
    slug: 'prepare-for-support-leadership',
    question: 'How can I get ready to lead in technical support?',
    answer: [
      p('Build on four fronts at once:'),
      ...bullets(
        'Deepen your technical expertise so people trust your judgement.',
        'Work on soft skills, especially communication.',
        'Find a mentor, and take on duties that show you can lead.',
        'Think strategically and keep the customer at the centre of decisions.',
      ),
    ],
    roles: ['senior-technician', 'technical-support-lead'],
    sources: ['technical-support-lead'],
  },
  {
    slug: 'technical-support-lead-challenges',
    question: 'What challenges do technical support leads face?',
    answer: [
      p(
        'Leading a varied team, cracking hard technical problems, living up to what customers expect, and keeping pace with technology that changes fast.',
      ),
      p('The hardest part for many is the balance: staying hands-on enough to help with difficult cases while also doing the managing, and keeping the team culture healthy.'),
    ],
    roles: ['technical-support-lead'],
    sources: ['technical-support-lead'],
  },
  {
    slug: 'technical-support-lead-trends',
    question: 'How do technical support leads keep up with industry trends?',
    answer: [
      p('By treating learning as part of the job:'),
      ...bullets(
        'Go to conferences and meet people in the industry.',
        'Read technology blogs and earn further certifications.',
        'Join online communities and use what professional associations offer.',
      ),
    ],
    roles: ['technical-support-lead'],
    sources: ['technical-support-lead'],
  },
  {
    slug: 'technical-support-lead-responsibilities',
    question: 'What are the main responsibilities of a technical support lead?',
    answer: [
      ...bullets(
        'Overseeing how the team operates from day to day.',
        'Giving staff technical guidance and taking escalated problems.',
        'Making sure customers get good service.',
        'Developing the support strategy and watching for new technology.',
      ),
      p('Doing this well takes leadership, sound decisions and the ability to manage a team.'),
    ],
    roles: ['technical-support-lead'],
    sources: ['technical-support-lead'],
  },
  {
    slug: 'show-leadership-potential',
    question: 'How can an aspiring technical support lead show leadership potential?',
    answer: [
      p(
        'Volunteer to lead projects, mentor newer colleagues, show you can solve problems, and communicate well with stakeholders. Taking initiative, adapting when plans change and delivering consistently good work make the case for you.',
      ),
    ],
    roles: ['senior-technician', 'senior-support-specialist', 'technical-support-lead'],
    sources: ['technical-support-lead'],
  },
  {
    slug: 'technical-support-lead-outlook',
    question: 'What is the job outlook for technical support leads?',
    answer: [
      p(
        'The seed expects demand to stay strong because businesses depend more and more on technology. It gives no figures. People who combine technical skill, leadership and a customer focus, and who keep learning as the industry shifts, are best placed.',
      ),
    ],
    roles: ['technical-support-lead'],
    sources: ['technical-support-lead'],
  },
  // ── "Career Growth in IT Support: Advancing Beyond Technician Roles" ──
  {
    slug: 'it-support-career-paths',
    question: 'What career paths do IT support professionals usually follow?',
    answer: [
      p(
        'The usual climb starts with an entry-level technician job, then senior technician, then team lead or supervisor, manager, director of IT support, and at the top a CIO or CTO post.',
      ),
      p('Every step brings more responsibility and new challenges, and with them more room to grow.'),
    ],
    roles: [...ladders['it-support']],
    sources: ['it-support-growth'],
  },
  {
    slug: 'advance-beyond-technician',
    question: 'How can IT support technicians move up to higher-level positions?',
    answer: [
      p('Work on four skill areas: technical mastery, communication, leadership and business acumen. Then combine them with:'),
      ...bullets('continuing education and relevant certifications,', 'practical experience on challenging work, and', 'a specialism within IT support.'),
    ],
    roles: ['help-desk-technician', 'senior-technician'],
    sources: ['it-support-growth'],
  },
  {
    slug: 'useful-it-support-certifications',
    question: 'Which certifications are most useful for IT support professionals?',
    answer: [
      p('The seed recommends:'),
      ...bullets(
        'CompTIA A+ for the core support skills.',
        'Microsoft Certified Solutions Expert (MCSE) for Microsoft technologies. Microsoft retired it in January 2021; its role-based certifications now fill that need.',
        'Cisco Certified Network Associate (CCNA) for networking.',
        'Project Management Professional (PMP) for people heading into management.',
        'An MBA concentrating on information systems or technology management, for those aiming at executive posts.',
      ),
    ],
    roles: ['help-desk-technician', 'senior-technician', 'network-engineer', 'it-support-manager', 'chief-information-officer'],
    sources: ['it-support-growth'],
  },
  {
    slug: 'networking-and-mentorship-importance',
    question: 'How much do networking and mentorship matter for an IT support career?',
    answer: [
      p(
        'A great deal. A professional network, membership of associations, conferences and an experienced mentor all bring advice, chances to learn and news of openings you would not otherwise hear about.',
      ),
    ],
    roles: ['help-desk-technician', 'senior-technician', 'it-support-manager'],
    sources: ['it-support-growth'],
  },
  {
    slug: 'experience-and-specialisation',
    question: 'Why do practical experience and specialisation matter in IT support?',
    answer: [
      p('Experience is the proof that you are ready for a bigger job.'),
      p(
        'A specialism, for example security, databases or cloud computing, sets you apart from other technicians and leads to specialist roles, which widens your options.',
      ),
    ],
    roles: ['senior-technician', 'subject-matter-expert'],
    sources: ['it-support-growth'],
  },
  {
    slug: 'formal-education-career-progression',
    question: 'Does formal education speed up career progression in IT support?',
    answer: [
      p(
        'Yes, particularly near the top. Hands-on experience remains essential, but degrees, and especially an MBA focused on technology management, can noticeably speed the climb for people who want executive roles.',
      ),
    ],
    roles: ['it-support-manager', 'director-of-it-support', 'chief-information-officer'],
    sources: ['it-support-growth'],
  },
  // ── "The Career Path to IT Support Management: Steps to Leadership" ──
  {
    slug: 'what-it-takes-to-reach-it-support-management',
    question: 'What does it take to reach IT support management?',
    answer: [
      p('The seed describes seven steps:'),
      ...bullets(
        'Get technically proficient, usually through a degree plus certifications.',
        'Gain entry-level experience.',
        'Win promotion into senior or supervisory roles.',
        'Build leadership and management skills.',
        'Specialise, and keep learning.',
        'Step up to IT support manager.',
        'Keep improving once you are there.',
      ),
    ],
    roles: ['help-desk-technician', 'senior-support-specialist', 'it-support-supervisor', 'it-support-manager'],
    sources: ['it-support-management'],
  },
  {
    slug: 'it-support-manager-responsibilities',
    question: 'What does an IT support manager typically do?',
    answer: [
      p(
        'Leads the technical support teams, makes sure IT problems are resolved on time, keeps service levels up, manages the budget and resources, and keeps IT strategy in step with the business.',
      ),
    ],
    roles: ['it-support-manager'],
    sources: ['it-support-management'],
  },
  {
    slug: 'it-support-manager-education',
    question: 'What education should an aspiring IT support manager have?',
    answer: [
      p('A degree in computer science, information technology or something closely related is the usual recommendation.'),
      p('Certifications such as CompTIA A+, CompTIA Network+ or Cisco\'s CCNA add a competitive edge.'),
    ],
    roles: ['it-support-manager'],
    sources: ['it-support-management'],
  },
  {
    slug: 'entry-level-to-management',
    question: 'How do you get from an entry-level IT support job to management?',
    answer: [
      ...bullets(
        'Build relevant experience.',
        'Sharpen your leadership and management skills.',
        'Add education or certifications.',
        'Specialise in an area of IT.',
        'Do your current job excellently so the promotion case makes itself.',
      ),
    ],
    roles: ['help-desk-technician', 'support-specialist', 'it-analyst', 'it-support-manager'],
    sources: ['it-support-management'],
  },
  {
    slug: 'it-support-manager-skills',
    question: 'Which skills does an IT support manager need to excel?',
    answer: [
      p(
        'Strong communication, strategic thinking, leadership and problem-solving, together with the ability to adapt to change and to bring new ideas into the team.',
      ),
    ],
    roles: ['it-support-manager'],
    sources: ['it-support-management'],
  },
  {
    slug: 'it-support-manager-stay-current',
    question: 'How do IT support managers stay up to date with technology trends?',
    answer: [
      p(
        'Through continuing education, conferences and workshops, conversations with peers, and by building a team culture where learning and trying new ideas are expected.',
      ),
    ],
    roles: ['it-support-manager'],
    sources: ['it-support-management'],
  },
  // ── "Building a Career Beyond Tech Support" ──
  {
    slug: 'is-tech-support-a-good-first-rung',
    question: 'Is tech support a good first step on the career ladder?',
    answer: [
      p(
        'Opinion is split. Some argue that motivated people move quickly from support into management and other roles; others find that desk experience is hard to turn into something bigger.',
      ),
      p(
        'What is clear is that support gives a lot of hands-on experience, and for a new computer-science graduate it shows how areas from datacentres to application development work in practice. The catch is standing out among the very many people in support, above all at large enterprises.',
      ),
    ],
    roles: ['help-desk-technician', 'support-specialist'],
    sources: ['beyond-tech-support'],
  },
  {
    slug: 'choose-a-support-job-that-leads-somewhere',
    question: 'How do you find a support job that leads to bigger things?',
    answer: [
      ...bullets(
        'Weigh company size: large enterprises have the most support jobs, but small and mid-sized firms can usually give each person more attention. (Faster promotion at small firms is a common belief, not a rule.)',
        'At interview, ask whether there is formal mentoring or training. If there is neither, decide whether the job can still give you what you need, for example by shadowing experienced colleagues who are happy to be watched.',
        'Once your core duties are under control and you can free up time, ask your manager to let you help on bigger projects.',
        'Keep watching for new roles and projects. If nothing turns up within a set time, such as five months, think about moving to another employer.',
      ),
      p('Whatever the firm\'s size, the push to advance has to come from you.'),
    ],
    roles: ['help-desk-technician', 'support-specialist'],
    sources: ['beyond-tech-support'],
  },
]
