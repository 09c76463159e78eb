import {bullets, h2, numberedList, p, type BlockSpec} from '../define/portableText.ts'
import type {RoleSlug} from './tracks.ts'
import type {SourceSlug} from './sources.ts'

export interface GuideInput {
  slug: string
  title: string
  summary: string
  body: BlockSpec[]
  roles: RoleSlug[]
  sources: SourceSlug[]
}

/** The advice the seeds give, as guides. Figures keep the source they come from. */
export const guides: GuideInput[] = [
  {
    slug: 'choosing-your-first-support-job',
    title: 'Choose a first support job that can take you further',
    summary:
      'Support is a common first IT job, which is both its strength and its trap. How to pick an employer, what to ask at interview, and how to get noticed.',
    body: [
      h2('Why support is such a common starting point'),
      p(
        'A support job gives plenty of hands-on experience. For a recent computer-science graduate interested in anything from datacentres to building applications, it is a close-up view of how those parts of IT run every day.',
      ),
      p(
        'It is also crowded. According to CompTIA data reported in the seed article, computer user support specialist is the leading IT occupation in **about 35 percent of US states**, ahead of software developers and computer systems analysts, and **about 13 percent** of everyone in an IT occupation nationwide works in support. Standing out among so many people is hard, especially in a big enterprise.',
      ),
      h2('Large or small employer?'),
      ...bullets(
        'Large enterprises employ the most support staff, so there are more openings.',
        'Small and mid-sized companies are usually better at giving each person career attention.',
        'Many believe small firms promote faster; that is not true everywhere, so check rather than assume.',
      ),
      h2('What to ask at interview'),
      p(
        'Ask whether the company runs formal mentoring or a training programme. If it offers neither, think hard about whether the job can still give you what your career needs.',
      ),
      p('Without a formal programme you can still learn by shadowing the more experienced staff, as long as they are comfortable with it.'),
      h2('Whatever the size, you drive it'),
      p('No employer will plan your progression for you. The next guide, on growing beyond the desk, covers what to do once you are in.'),
    ],
    roles: ['help-desk-technician', 'support-specialist', 'support-analyst', 'it-analyst'],
    sources: ['beyond-tech-support'],
  },
  {
    slug: 'growing-beyond-the-support-desk',
    title: 'Grow beyond the support desk',
    summary:
      'From mastering the queue to your first step up: taking on projects, building the four skill areas that matter, and knowing when to look elsewhere.',
    body: [
      h2('First, master the job you have'),
      p(
        'Get your core support duties fully under control. Then, if you can rearrange your schedule to make room, ask your manager whether you can help with larger projects. If they agree, use the chance to show you are useful outside the support silo.',
      ),
      h2('Build four kinds of skill'),
      ...bullets(
        '**Technical mastery:** keep up with new technology and earn certifications in a specialist area.',
        '**Communication:** explain things well to technical and non-technical people alike.',
        '**Leadership and management:** learn to run projects and, later, people.',
        '**Business acumen:** understand how IT fits into the business so you can plan and decide well.',
      ),
      h2('Add qualifications that speed things up'),
      p(
        'Experience comes first, but the seeds name qualifications that help: CompTIA A+ early on, Cisco\'s CCNA for network work, the PMP for those heading into management, and an MBA with a technology focus for executive ambitions. The MCSE they also mention was retired by Microsoft in 2021.',
      ),
      h2('Seek out harder work'),
      p('At every stage, volunteer for demanding assignments and projects: they are the evidence that you can handle a bigger job.'),
      h2('Specialise to stand out'),
      p('Expertise in security, databases or cloud computing sets you apart from other technicians and opens specialist roles.'),
      h2('Build a network and find a mentor'),
      ...bullets(
        'Get to know peers, join a professional association (the seeds name ACM, AITP, ISACA and PMI) and go to conferences: that is where you learn and hear about openings.',
        'Look for a mentor who has already made the climb in IT support and can advise and back you.',
      ),
      h2('Know when to move on'),
      p(
        'Once you have enough experience, keep an eye out for new roles and projects inside the organisation. If nothing comes up within a fixed period (the seed suggests something like five months), consider taking your skills to a new employer.',
      ),
    ],
    roles: ['help-desk-technician', 'support-specialist', 'support-analyst', 'senior-technician'],
    sources: ['beyond-tech-support', 'it-support-growth', 'it-support-management'],
  },
  {
    slug: 'becoming-a-technical-support-lead',
    title: 'Become a technical support lead',
    summary:
      'What the lead role involves and the usual route to it: education, entry-level work, mid-level technical jobs, then leadership, with networking and learning all the way.',
    body: [
      h2('Know the job'),
      p(
        'A technical support lead runs the support team\'s daily operation: rotas, training, service standards and the escalations nobody else can solve. The lead connects the team with management and often helps plan how support should improve.',
      ),
      h2('The usual route'),
      ...numberedList(
        '**Education.** Most leads have a computer science or similar background, and many employers want a bachelor\'s degree for management posts. A concentration in network administration, information systems or cybersecurity helps; a master\'s in IT, or an MBA focused on IT management, can speed things up.',
        '**Certifications.** CompTIA A+ and Network+ are the common ones. The seed also names Microsoft\'s MCITP, which Microsoft has since retired.',
        '**Entry level.** Start as a help desk technician or support analyst. Soft skills (communication, patience, empathy) matter as much as technical ones, and shift work exposes you to a wide range of problems.',
        '**Mid level.** Move up to senior technician, systems administrator or network engineer: harder problems, small projects or teams. Mentor others, run training sessions and help raise the team\'s performance to practise leading.',
        '**Specialise or broaden.** Either become a subject-matter expert in something like databases or network security, or broaden across hardware, software, cloud and security for the overview a lead needs.',
        '**Leadership.** Step into a supervisor or manager role with a larger team, longer-term plans and decisions that shape the whole support function.',
      ),
      h2('Keep learning and keep connected'),
      p(
        'Once you lead, keep taking courses, attend seminars and consider leadership or IT management certifications. Industry events, online forums and associations connect you with people who offer advice and job leads, and keep you aware of new trends and of the job market.',
      ),
      h2('Remember what leading means'),
      p(
        'Leading is about motivating and guiding people at least as much as it is about managing technology. Pair technical skill with strong people skills and a strategic outlook, and you can do more than reach the lead role: you can make a mark in it.',
      ),
    ],
    roles: [
      'help-desk-technician',
      'support-analyst',
      'senior-technician',
      'systems-administrator',
      'network-engineer',
      'subject-matter-expert',
      'technical-support-lead',
      'it-support-supervisor',
    ],
    sources: ['technical-support-lead'],
  },
  {
    slug: 'reaching-it-support-management',
    title: 'Reach IT support management',
    summary: 'Seven steps from a technical foundation to running an IT support department, and what it takes to do that job well.',
    body: [
      h2('What the manager does'),
      p(
        'An IT support manager leads the teams that help people with computers, hardware and software, answers for the quality and efficiency of that help, and takes part in planning, budgeting and staffing the department.',
      ),
      h2('Seven steps'),
      ...numberedList(
        '**Technical grounding.** A degree in computer science, IT or similar covers networking, system administration and software development; add CompTIA A+, Network+ or Cisco\'s CCNA.',
        '**Entry-level experience** as a help desk technician, support specialist or IT analyst, learning customer service and the organisation\'s infrastructure.',
        '**Promotion** to senior support specialist or IT support supervisor, overseeing small teams or projects.',
        '**Leadership and management skills** from an MBA with an IT focus, ITIL or PMP, mentoring, leadership training and volunteering for projects.',
        '**Specialisation and continuous learning** in areas such as network security, cloud services or database management.',
        '**The move to manager**, on the strength of project successes, efficient team leadership and aligning IT with business goals.',
        '**Excelling in the role** by communicating clearly, thinking strategically, adapting, improving service levels and championing innovation.',
      ),
      h2('Where to learn'),
      p(
        'The seed points to CompTIA, Cisco, ITIL and PMP certification programmes; to The Phoenix Project, The IT Support Handbook and The Manager\'s Path; and to AITP, ISACA and PMI as professional organisations.',
      ),
    ],
    roles: ['help-desk-technician', 'support-specialist', 'it-analyst', 'senior-support-specialist', 'it-support-supervisor', 'it-support-manager'],
    sources: ['it-support-management'],
  },
  {
    slug: 'planning-a-support-engineering-career',
    title: 'Plan a support engineering career',
    summary: 'The three directions open to a support engineer, how to choose between them, and how to make the plan concrete.',
    body: [
      h2('Three directions'),
      ...bullets(
        '**Individual contributor:** junior, senior, staff, then principal support engineer, growing technical scope and influence.',
        '**Management:** team lead, manager, director, then VP of support, growing the number of people and the size of the budget you are responsible for.',
        '**Out of support:** customer success, product management, sales engineering or developer relations, each building on what support teaches about customers and the product.',
      ),
      h2('Make the plan concrete'),
      ...bullets(
        'Set milestones with dates.',
        'Compare your skills with those of the role you want and close the biggest gap first.',
        'Collect evidence for performance reviews as you go.',
      ),
      p(
        'The learning path "Career development and leadership for support engineers" starts from [Support Driven\'s career paths guide](https://supportdriven.com/resources/career-paths/) and then covers leadership, technical depth, your professional brand and business skills.',
      ),
      h2('Keep going after the path'),
      ...bullets(
        'Stay active in support communities such as Support Driven.',
        'Work towards more advanced certifications.',
        'Say yes when your organisation offers a chance to lead.',
      ),
    ],
    roles: ['junior-support-engineer', 'senior-support-engineer', 'support-team-lead', 'customer-success-manager', 'product-manager', 'sales-engineer', 'developer-advocate'],
    sources: ['support-learning-path'],
  },
  {
    slug: 'specialise-or-broaden',
    title: 'Specialise or broaden your expertise',
    summary: 'Two ways to grow in IT support, and what each is good for. The seeds agree both work; they lead to different kinds of role.',
    body: [
      h2('Specialising'),
      p(
        'Go deep in one technology or become the subject-matter expert in a field such as database management, network security or cloud services. Specialists stand out from their peers, are more valuable to an employer, and can reach specialist roles and later senior management.',
      ),
      h2('Broadening'),
      p(
        'Learn across hardware, software, cloud services and cybersecurity. Breadth makes you easier to picture in a leadership post, because whoever leads support has to oversee every kind of issue.',
      ),
      h2('Either way, keep learning'),
      p('New technology arrives constantly. Ongoing courses and certifications are what keep either choice current.'),
    ],
    roles: ['senior-technician', 'systems-administrator', 'network-engineer', 'subject-matter-expert', 'technical-support-lead'],
    sources: ['technical-support-lead', 'it-support-growth', 'it-support-management'],
  },
]
