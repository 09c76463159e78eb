/**
 * Our own words. The v1 answers, guides and several role texts kept a seed
 * sentence's structure or its list order with synonyms swapped. These are
 * rewritten from the facts, and each answer now ends in something a help desk
 * technician can do: a question to ask, a step for this month, a way to tell
 * whether a move is right. `seedOverlap.test.ts` checks that no run of nine
 * words and no seed list in the seed's order is left.
 *
 * The lead/supervisor rung, the CIO and the moves live in roles.ts and moves.ts;
 * this file only replaces prose.
 */
import type {CurriculumDocument} from '../types.ts'
import {changeDocuments, en, lines, type Edit} from './edit.ts'
import {portableText} from './portableText.ts'

const NAME = 'text'

/** FAQ answers, in the markup of `portableText.ts`. The questions stay as the seeds ask them. */
export const faqAnswers: Readonly<Record<string, string>> = {
  'faq-advance-beyond-technician': `
Grow in several directions at once and keep proof of each: promotions usually go to people who already do part of the next job.
- **Business sense** is the area technicians skip most often. This month, ask your manager which figures the department reports upwards (ticket volumes, resolution times, costs) and learn to read them.
- **Leadership and communication** grow together when you take on one piece of work beyond the queue: a rollout, a clean-up of the knowledge base, or training a new starter.
- **Technical depth** comes from one specialism you choose on purpose, backed by a certification in it.
- **Experience** counts when it is visible: keep a short log of hard problems you solved and what each fix saved.
Then ask your manager directly: "What would I need to show to be considered for the next role?" Write the answer down and review it together every few months.`,

  'faq-choose-a-support-job-that-leads-somewhere': `
Judge the job by how it will let you grow, not only by its title.
- **At interview**, ask whether there is a mentoring scheme or a training programme, and who used it last year. If there is neither, ask whether you could shadow experienced colleagues, and decide whether that is enough for you.
- **Size matters, but not as people think.** Big enterprises hire the most support staff, while small and mid-sized firms find it easier to give one person career attention. Faster promotion at small firms is a belief, not a rule: ask how the last promotion on the team came about.
- **Once you are in**, get your own queue under control, find the time in your schedule, and then ask your manager if you can help on a larger project.
- **Give yourself a deadline.** When you are ready for more, watch for openings inside the company; if none comes within a set period (the seed's example is five months), look at other employers.
Whatever the size of the firm, nobody else will plan your progress.`,

  'faq-entry-level-to-management': `
Treat it as a series of proofs rather than a wait for promotion. A common route starts in an IT analyst, help desk or support specialist job, moves to senior support specialist or a supervisor post, and then to IT support manager.
- **Do the current job very well first.** Nobody promotes a person whose own queue is in trouble.
- **Lead something small** this quarter: onboarding a new colleague, a software rollout, the weekly report. Ask your manager which of these they would like help with.
- **Choose a specialism**, for example cloud services, databases or network security, so that you become the person others ask.
- **Add management learning** once you supervise: ITIL for running support as a service, PMP when projects become yours, an MBA with an IT focus if you aim higher.
You are close when you already do part of the supervisor's job and your manager can name what is still missing.`,

  'faq-experience-and-specialisation': `
Because promotions are decided on evidence. Experience is that evidence: harder tickets, projects and fixes that others can check. A specialism gives a reason to choose you over technicians with similar years, and it opens specialist jobs such as subject-matter expert.
To build both on purpose:
- Keep a running list of the hardest problems you solved, what you did and what it saved, and bring it to your next review.
- Choose a specialism where your organisation struggles: if escalations about cloud accounts, databases or security keep piling up, expertise there is scarce.
- Test the choice before committing: spend a day with the team that owns that area, or ask to take its next escalation.
The choice is probably right if you read about the subject in your own time and colleagues start bringing you those questions.`,

  'faq-formal-education-career-progression': `
It helps most near the top. For the first steps, from the help desk to senior technician or lead, experience and certifications weigh more than a degree. For director and executive posts the growth seed says formal education, above all an MBA focused on technology management, can speed progress markedly.
To decide whether a degree is worth it for you now:
- Read ten job adverts for the role two steps above yours and count how many ask for a degree.
- Ask HR whether the company funds study, and what it expects in return.
- If you want to manage within a few years, a part-time MBA or master's in IT can run alongside the job; if you want to stay technical, spend that time on certifications.`,

  'faq-is-tech-support-a-good-first-rung': `
It can be, if you treat it as a place to learn rather than a place to wait. Opinions differ: some see motivated people move quickly from the desk into management and other jobs, while others find desk experience hard to turn into something bigger.
What support offers is breadth. You see day to day how datacentres, networks and applications behave, which helps a new computer-science graduate decide where to specialise. What makes it hard is the crowd: CompTIA figures quoted in the seed make computer user support specialist the top IT occupation in about 35 percent of US states, and about 13 percent of people in US IT occupations work in support.
To make it a first rung rather than a plateau:
- Note which teams your escalations go to, and ask one of them what their work involves.
- Agree with your manager on one skill beyond the queue to build in the next six months.
- If you stop learning anything new, start planning the next move.`,

  'faq-it-support-career-paths': `
Most follow one ladder from an entry-level technician job to a CIO or CTO post; the IT support track shows every step. What changes on the way up is what you are judged on:
- **Technician and senior technician:** the problems you solve and, later, the colleagues you help.
- **Team lead or supervisor** (the seeds use both names for the first leadership step): how well the team runs day to day.
- **Manager and director of IT support:** service levels, budgets and plans for the whole department.
- **CIO or CTO:** how technology serves the organisation as a whole.
Not everyone climbs all of it. Side routes lead into systems administration or network engineering, into a specialism, or into product support engineering and the jobs it opens. Pick the next step, not the last one: ask someone who holds it what a normal week looks like.`,

  'faq-it-support-manager-education': `
Usually a degree in computer science or IT, or in a related subject, plus a few technical certifications. The degree matters less than proof that you understand the work your team does.
- **Technical base:** CompTIA A+ early on; Cisco's CCNA or CompTIA Network+ if you work on networks.
- **Management layer**, once you supervise: ITIL Foundation for running support as a service, then an MBA with an IT focus, or the PMP, when budgets and projects become yours.
No degree? Ask HR whether experience can stand in for it in the manager role at your company, and check whether the job advert says so.`,

  'faq-it-support-manager-responsibilities': `
Running IT support as a service that the rest of the organisation can rely on. The manager answers for service levels and for how quickly problems get fixed, decides how budget and people are used, leads the support teams through their leads, and makes sure IT support plans follow what the business needs.
A typical week might hold a service-level review, a staffing or spending decision, one-to-ones with team leads, and a meeting with another department about a change that will hit the help desk.
To see the job up close, ask your manager whether you can sit in on their next service review.`,

  'faq-it-support-manager-skills': `
Leadership and strategic thinking matter most, and both rest on skills you can practise before you have the title.
- **Solving problems at the level of the service:** not one ticket, but why the same ticket keeps coming back.
- **Adapting:** new tools, reorganisations and budget cuts arrive without warning; plan how the team absorbs them.
- **Bringing in new ideas:** try a small improvement, measure it, and keep it only if it works.
- **Communicating upwards and sideways:** explain a problem to a director in two minutes, and say what you need from them.
Practise one of these on your current team this quarter and ask your manager for feedback on it.`,

  'faq-it-support-manager-stay-current': `
By making learning a routine for the whole team, not a private hobby.
- Give everyone, yourself included, one small learning goal per quarter and the time to reach it.
- Hold a short monthly session where someone shows a new tool or the lesson from an incident.
- Keep in touch with peers at other companies; they have often tried the thing you are considering.
- Choose one or two conferences or workshops a year, and have whoever goes share notes afterwards.`,

  'faq-networking-and-mentorship-importance': `
A great deal: many openings are filled through people who already know your work, and a mentor can save you years of trial and error.
- **This month**, join one community or association: Support Driven for support work, or ISACA, PMI or ACM for their fields. Go to one event or online session.
- **Find a mentor** by asking one experienced person a specific favour: "Could we talk for half an hour once a month? I want to learn how you moved into leading a team." Bring a question each time.
- **No one suitable at work?** ADPList lists volunteer mentors you can book.
Give back early too: helping a newer colleague is how people start to see you as a future lead.`,

  'faq-path-to-technical-support-lead': `
Usually three stages: an entry-level job such as help desk technician or support analyst; a mid-level technical job such as senior technician, network engineer or systems administrator; then the first leadership post, called technical support lead by some employers and supervisor by others.
The seeds describe that last step differently. The lead seed reaches the lead role through supervisor or manager roles, the growth seed names one "team lead/supervisor" step, and the management seed a supervisor step before manager. We read lead and supervisor as one rung, below IT support manager.
You are ready when you already run part of the team's work (the rota, training a new starter, the escalation queue on a bad day) and people come to you before they go to the manager. Ask your manager: "Which of the lead's tasks could I take on for the next three months?"`,

  'faq-prepare-for-support-leadership': `
Start doing small parts of the lead's job now, with your manager's agreement, and ask for feedback on each.
- Take over one recurring task: the weekly rota, onboarding a new colleague, or reviewing tricky tickets before they escalate.
- Find a mentor who has led a support team and ask how they handled their first difficult conversation.
- Practise explaining a technical problem to a non-technical manager in three sentences; leads do this every day.
- When you suggest a change, start from what it does for customers: fewer repeat calls, faster fixes.
After three months, ask your manager: "What would stop you from putting me forward as lead?"`,

  'faq-show-leadership-potential': `
By leading before you have the title, in ways your manager can see. Some evidence is easy to start on:
- Write up the fix for a recurring problem and walk the team through it.
- Mentor a new starter through their first month.
- Offer to run a small project, such as a laptop refresh or a move to a new ticket tool, and keep the people it affects informed.
- When plans change, adjust without being asked and say what you changed.
Keep a dated note of each with its outcome and bring it to your review: it is what your manager needs to argue for your promotion.`,

  'faq-technical-support-lead-challenges': `
For most new leads the hardest part is the balance between fixing things and leading people. The queue always wants you, and the team needs you to step back.
Other pressures come with the job: a team with very different levels and temperaments, customers who expect fast answers, technology that keeps changing, and morale to look after.
- Block time each week for leading (one-to-ones, planning) before the queue fills it.
- Decide which escalations only you take, and coach others to handle the rest.
- Ask your own manager how and when they want to hear about problems, so bad news travels early.`,

  'faq-technical-support-lead-education': `
Useful, not decisive. Many leads have a bachelor's in computer science or something close, and employers in technology often ask for a degree for management posts. The lead seed values hands-on experience and steady learning just as highly.
If you have no degree, certifications and targeted training can show expertise in the areas the job needs. To see what matters where you work, read the last lead or supervisor advert your company posted and compare its requirements with your CV.`,

  'faq-technical-support-lead-outlook': `
The lead seed expects demand to stay strong as businesses lean more on technology. It gives no figures, and neither do we.
What you can check yourself:
- Search job boards in your area for "support lead" and "support supervisor", and note how many posts there are and what they ask for.
- Mark the skills that come up again and again: those are what employers pay for now.
People who pair technical skill with leading people and a focus on customers, and who keep learning as the field changes, are best placed.`,

  'faq-technical-support-lead-responsibilities': `
Keeping the team's day running, and making the service better over time.
- **Every day:** check the queue and who is on shift, take or coach the hardest escalations, and answer colleagues' technical questions.
- **Every week or two:** train new and existing staff, check that customers get the service standard the team promised, and report to management.
- **Over months:** plan improvements to support and watch for new technology that will change the team's work.
It takes leadership, sound decisions and the ability to manage a team; if you want to try it, ask to cover for your lead during their next holiday.`,

  'faq-technical-support-lead-skills': `
Both technical and people skills, and a lead is judged more on the second.
- **People:** leading others, managing time when everything is urgent, solving problems with the team rather than for it, and clear communication upwards and downwards.
- **Technical:** enough troubleshooting depth to help on the hardest tickets, a working map of the organisation's IT systems, and familiarity with the hardware and software your users have.
A quick self-check: could you explain today's worst outage to a non-technical director in two minutes? Could you plan next week's rota around two absences? Whichever answer is no is the skill to practise first.`,

  'faq-technical-support-lead-trends': `
With a small routine, shared with the team.
- **Weekly:** twenty minutes on a few sources you trust, such as TechRepublic or your main vendors' blogs.
- **Monthly:** one online community or local group, for example Support Driven or a Meetup group near you.
- **Yearly:** one conference and, where the team needs it, one new certification; use what your professional association offers its members.
Ask each team member to bring one new thing a month to a team meeting: the lead does not have to find everything alone.`,

  'faq-useful-it-support-certifications': `
Choose by the next job you want. The growth seed names five credentials; this is where each fits today:
- **Network work:** Cisco's CCNA.
- **Your first support job:** CompTIA A+.
- **Executive posts:** an MBA focused on information systems or technology management.
- **Moving into management:** PMI's PMP, which asks for project experience first.
- **Microsoft technologies:** the seed names the MCSE, but Microsoft retired it on 31 January 2021. Its current role-based certifications, such as those for Azure, take its place.
Before you pay for an exam, ask your manager which certification the team lacks; employers often fund the ones they need.`,

  'faq-what-it-takes-to-reach-it-support-management': `
Three things, built in overlapping stages: technical credibility, proof that you can lead, and an understanding of the business.
- **Technical credibility** comes first, usually from a degree and certifications such as CompTIA A+ or Cisco's CCNA, then from entry-level work at the help desk or as an IT analyst.
- **Proof that you lead** comes from a senior support specialist or supervisor post: small teams, small projects, and people who work better because of you. An MBA with an IT focus, ITIL or the PMP, mentoring and leadership training all help here.
- **Business understanding** grows when you ask to see the department's budget and the goals it is measured against.
A specialism and steady learning keep you competitive throughout. Employers choosing a manager look for delivered projects, a team that runs well under you, and IT plans that match business goals; once in the job, the work is improving service and efficiency with the resources you have.`,
}

interface GuideText {
  summary: string
  body: string
}

/** Guides: summary and body. Titles stay. */
export const guideTexts: Readonly<Record<string, GuideText>> = {
  'guide-becoming-a-technical-support-lead': {
    summary: 'What a technical support lead does, the usual route to the job, and a 90-day plan for showing you are ready for it.',
    body: `
## Know the job
A technical support lead keeps a support team's day running: the rota, training, the service standard customers were promised, and the escalations nobody else can solve. The lead is the link between the people on the desk and management, and usually helps plan how support should improve.
Employers use different names for this rung. The lead seed reaches the lead role through supervisor or manager posts, the growth seed names one "team lead/supervisor" step, and the management seed a supervisor step before manager; we treat lead and supervisor as one job, the first rung of people leadership, below IT support manager.
## The usual route
1. **Entry level.** Start as a help desk technician or support analyst. Patience, empathy and clear communication count as much as technical skill, and shift work shows you a wide range of problems.
2. **Mid level.** Move to senior technician, network engineer or systems administrator: harder problems, small projects, sometimes a small team. Mentor others and run training sessions; this is leadership practice.
3. **Specialise or broaden.** Become the expert in one area, or learn across security, cloud, software and hardware to see every kind of issue a lead must oversee. The guide on specialising or broadening helps you choose.
4. **Lead.** Take the lead or supervisor post, then grow towards IT support manager.
## Education and certifications
Many leads have a computer-science or related degree, and employers often want a bachelor's for management posts. A concentration in cybersecurity, network administration or information systems helps; a master's in IT, or an MBA with an IT-management focus, can speed the climb.
CompTIA A+ and Network+ are the usual technical certifications. The lead seed also names Microsoft's MCITP, which Microsoft retired years ago; take one of its current role-based certifications instead if your team runs on Microsoft.
## A 90-day plan
- **Month 1:** tell your manager you want to lead and ask what they would need to see. Take over one recurring task of the lead's, such as the rota or onboarding.
- **Month 2:** run one small improvement (a knowledge-base clean-up, a new escalation checklist) and measure what it changed.
- **Month 3:** cover for the lead for a week if you can, then ask for honest feedback.
## Once you lead
Keep learning: courses, seminars, and certifications in leadership or IT management. Industry events, online forums and associations bring advice, job leads and early news of trends. Leading is about motivating and guiding people at least as much as managing technology.`,
  },

  'guide-choosing-your-first-support-job': {
    summary: 'Support is a common first IT job, which is both its strength and its trap. How to pick an employer, what to ask at interview, and how to get noticed once you start.',
    body: `
## Why so many people start in support
A support job gives plenty of hands-on experience. For a recent computer-science graduate interested in anything from datacentres to building applications, it shows close up how those parts of IT run every day.
It is also crowded. According to CompTIA data reported in the seed article, computer user support specialist is the leading IT occupation in **about 35 percent of US states**, ahead of software developers and computer systems analysts, and **about 13 percent** of everyone in a US IT occupation works in support. Standing out among so many is hard, especially in a big enterprise.
## Large or small employer?
- Large enterprises employ the most support staff, so there are more openings.
- Small and mid-sized companies usually find it easier to give each person career attention.
- Many believe small firms promote faster. It is not true everywhere, so ask rather than assume.
## What to ask at interview
- "Is there a formal mentoring or training programme, and who on the team used it last year?"
- "What did the last person in this job move on to?"
- "Could I help on projects outside the queue once I know the job?"
If the company offers no programme, ask whether you could shadow more experienced staff (if they are happy to be watched), and weigh whether the job can still give you what your career needs.
## After you start
Get your own work fully under control first. Then make room in your schedule and ask your manager whether you can help on a larger project. Whatever the size of the employer, the push to advance has to come from you; the guide on growing beyond the support desk covers the next steps.`,
  },

  'guide-growing-beyond-the-support-desk': {
    summary: 'From mastering the queue to your first step up: taking on projects, building the skills that matter, collecting evidence, and knowing when to look elsewhere.',
    body: `
## First, master the job you have
Get your core duties fully under control. Then, if you can rearrange your schedule to make room, ask your manager whether you can help with larger projects. If they agree, use the chance to show you are useful outside the support silo.
## Build four kinds of skill
- **Business acumen:** learn how IT fits into the business, starting with the figures your department reports.
- **Leadership and management:** run a small project first, and later help lead people.
- **Communication:** explain problems so that both technical and non-technical people follow.
- **Technical mastery:** keep up with new technology and certify in the area you specialise in.
## Add qualifications that speed things up
Experience comes first, but the seeds name qualifications that help. Two are technical: CompTIA A+ early on and Cisco's CCNA for network work. Two are for leaders: an MBA with a technology focus for executive ambitions, and the PMP for those heading into management. The MCSE they also name was retired by Microsoft in 2021; its role-based certifications replace it.
## Collect evidence
At every stage volunteer for demanding assignments, and keep a dated list of what you took on and what it achieved. It is what a manager needs to argue for you.
## Specialise to stand out
Expertise in cloud computing, security or databases sets you apart from other technicians and opens specialist roles. The guide on specialising or broadening compares the two routes.
## Build a network and find a mentor
- Get to know peers, join a professional association (the seeds name PMI, ISACA, ACM and AITP) and go to conferences: that is where you learn and hear of openings.
- Ask someone who has already made the climb in IT support to mentor you, with a specific request such as one half-hour call a month.
## Know when to move on
Once you have enough experience, watch for new roles and projects inside your organisation. If nothing comes up within a set period (the seed suggests something like five months), consider taking your skills to a new employer.`,
  },

  'guide-planning-a-support-engineering-career': {
    summary: 'The three directions open to a support engineer, how to tell which one fits you, and how to turn the choice into a plan with dates.',
    body: `
## Three directions
- **Individual contributor:** junior, senior, staff, then principal support engineer, each step widening your technical scope and influence.
- **Management:** team lead, manager, director, then VP of support, each step adding people and budget to look after.
- **Out of support:** customer success, product management, sales engineering or developer relations, each building on what support teaches about customers and the product.
## Which one fits?
- You like the hardest ticket of the week more than anything else: stay an individual contributor.
- You notice who on the team is struggling and want to help them grow: try management, starting as team lead.
- The part you enjoy most is customers' long-term success, the product's direction, demonstrations, or writing and speaking for developers: look at the four ways out.
Test before you switch: shadow someone in the target job for a day, or take a small project with their team.
## Make the plan concrete
- Set milestones with dates.
- Compare your skills with those of the role you want and close the biggest gap first.
- Collect evidence for performance reviews as you go.
The learning path "Career development and leadership for support engineers" starts from [Support Driven's career paths guide](https://supportdriven.com/resources/career-paths/) and then covers leadership, technical depth, your professional brand and business skills.
## Keep going after the path
- Stay active in support communities such as Support Driven.
- Work towards more advanced certifications.
- Say yes when your organisation offers a chance to lead.`,
  },

  'guide-reaching-it-support-management': {
    summary: 'How people get from a technical start to running an IT support department, what the manager does, and how to tell when you are nearly ready.',
    body: `
## What the manager does
An IT support manager leads the teams that help people with computers, hardware and software, answers for the quality and efficiency of that help, and takes part in planning, budgeting and staffing the department.
## The route in seven steps
1. **Technical grounding.** A degree in computer science, IT or similar teaches software development, networking and system administration. Add certifications such as Cisco's CCNA, CompTIA A+ or Network+.
2. **Entry-level experience** as an IT analyst, help desk technician or support specialist, learning customer service and how the organisation's infrastructure fits together.
3. **A first promotion** to senior support specialist or supervisor, overseeing small teams or projects.
4. **Leadership and management skills** from mentoring, leadership training and volunteering for projects, and from an MBA with an IT focus, ITIL or the PMP.
5. **A specialism and steady learning**, for example in cloud services, database management or network security.
6. **The move to manager**, won on a record of successful projects, a team that runs well, and IT plans that fit business goals.
7. **Growing in the job:** improving service and efficiency, managing resources carefully and backing new ideas in the team.
## How to tell you are nearly ready
- You already handle part of the manager's work, such as the monthly report or a budget line.
- Your team's results hold up when you are away.
- You can say in two sentences how IT support helps the business reach its goals this year.
If two of these are not yet true, ask your manager to give you one of the missing pieces for the next six months.
## Where to learn
The seed points to the ITIL, PMP, CompTIA and Cisco certification programmes; to The Manager's Path, The Phoenix Project and The IT Support Handbook; and to PMI, ISACA and AITP as professional organisations.`,
  },

  'guide-specialise-or-broaden': {
    summary: 'Two ways to grow in IT support, what each is good for, and a simple way to decide between them.',
    body: `
## Specialising
Go deep in one technology or become the subject-matter expert in a field such as cloud services, network security or database management. Specialists stand out from their peers, are worth more to an employer, and can reach specialist roles and later senior management.
## Broadening
Work on every kind of problem the desk sees: security incidents, cloud services, software faults and hardware. Breadth makes you easier to picture in a leadership post, because whoever leads support has to oversee every kind of issue.
## How to decide
- Look at the last twenty tickets you escalated. If most went to one team and you wished you could have fixed them, specialise there.
- If you enjoy coordinating more than solving, and people already ask you who should handle what, broaden towards leading.
- Ask your manager which gap hurts the team more: missing depth in one area, or nobody who sees the whole picture.
## Either way, keep learning
New technology arrives constantly. Courses and certifications keep either choice current.`,
  },
}

interface RoleText {
  summary?: string
  responsibilities?: readonly string[]
  education?: string
}

/** The support-engineering, management and alternative roles: the learning-path seed gives their titles and nothing more. */
const judgement = 'The seed names this role only; the description is our judgement.'

/** Role texts rewritten in our words (the lead, the supervisor and the CIO are in roles.ts). */
export const roleTexts: Readonly<Record<string, RoleText>> = {
  'role-senior-technician': {
    summary:
      'The technician others turn to when a problem defeats them. Senior technicians also coach newer colleagues and may run a small project or a few people, so this is the rung where leadership habits start to count as much as technical depth.',
    responsibilities: [
      'Take the complex and escalated problems the rest of the desk cannot solve',
      'Coach newer technicians and run training sessions',
      'Lead small projects such as rollouts or upgrades',
      'Improve procedures and knowledge-base articles so the team fixes things faster',
      'Possibly supervise a small group of technicians',
    ],
  },
  'role-it-support-manager': {
    summary:
      'Owns the IT support department: its service levels, people, budget and plans. The manager answers for how quickly and how well problems are fixed, works with other departments, and keeps IT support in line with what the business is trying to achieve.',
    responsibilities: [
      'Set service levels, track them and improve them',
      'Answer for the speed and quality of the whole support service',
      'Decide how the budget and staff are used',
      'Lead the support teams through their leads and supervisors',
      'Turn business goals into plans for IT support, and carry them out',
      'Work with other departments and represent support to them',
      'Champion new ideas and a learning culture in the team',
    ],
  },
  'role-director-of-it-support': {
    summary:
      'Runs IT support across the organisation through its managers. The director plans where support is heading over several years, takes the big decisions on money and staffing, and works with the other IT directors and the executive team.',
    responsibilities: [
      'Work with other IT directors and C-level executives on shared plans',
      'Plan the long-term strategy for IT support',
      'Take the high-level decisions on investment, staffing and service',
      'Develop the managers who run the support teams',
    ],
  },
  'role-support-analyst': {
    summary:
      'An entry-level role beside the help desk technician. Support analysts work customers\' and colleagues\' technical problems through to a fix, get to know the company\'s products and services in depth, and often work shifts that show them a wide range of issues.',
    education: 'No particular degree is required to start; an entry certification such as CompTIA A+, or a beginner certificate such as the IT Support Professional Certificate, shows the basics.',
  },
  'role-technical-support-lead': {
    education:
      'Many leads hold a computer-science degree or one close to it, and a concentration in cybersecurity, network administration or information systems is an advantage. Experience and steady learning count as much as the degree.',
  },
  'role-it-analyst': {
    education: 'Employers usually ask for an IT or computer-science degree, or one in a neighbouring subject.',
  },
  'role-systems-administrator': {
    summary:
      'An intermediate role, as the lead seed places it: running the servers, accounts and services an organisation depends on. The problems are harder than at the help desk and small projects come with the job, which makes it a common step between the desk and leadership.',
  },
  'role-network-engineer': {
    summary:
      'An intermediate role, as the lead seed places it: designing, configuring and fixing networks. Network engineers take the harder connectivity problems and small network projects, and from here move either into leading support or deeper into a specialism such as network security.',
  },
  'role-subject-matter-expert': {
    summary:
      'Where specialising leads: the recognised expert in one field, such as database management, network security or cloud services. The depth sets the expert apart from peers, opens specialist jobs, and can later carry them into senior management.',
  },
  'role-senior-support-specialist': {
    summary:
      'The second rung for support specialists: the harder user problems, and a first share of oversight of small teams or projects. It is where specialists prove they can lead before they supervise.',
  },
  'role-junior-support-engineer': {
    summary: `The first rung of the support engineering ladder: working customer tickets on a technical product, reproducing bugs, and learning the product, its tools and where to escalate. Unlike a senior engineer, a junior asks for help on the hardest cases rather than owning them. ${judgement}`,
  },
  'role-senior-support-engineer': {
    summary: `Owns the hardest escalations, automates repetitive work and mentors juniors. Compared with a junior, a senior works alone on complex cases; compared with staff, their impact stays mostly within their own team. From here people go deeper, lead people, or move to a neighbouring function. ${judgement}`,
  },
  'role-staff-support-engineer': {
    summary: `A senior individual contributor whose impact reaches other teams: leading cross-team technical work, shaping support tooling and architecture, and raising the whole team's skills. The step from senior is scope: staff engineers change how several teams work. ${judgement}`,
    responsibilities: [
      'Lead technical work that spans several teams',
      'Make and explain technical decisions that affect support tooling and architecture',
      'Bring in automation, AI and SRE practices where they help',
      'Mentor senior engineers and shape hiring bars',
    ],
  },
  'role-principal-support-engineer': {
    summary: `The top of the individual-contributor ladder. Principals set technical direction for support across the organisation, influence product architecture and represent support expertise to executives and the industry. Staff engineers shape several teams; principals shape the whole organisation. ${judgement}`,
  },
  'role-support-team-lead': {
    summary: `The first management rung in a support engineering organisation: one team's daily work, its engineers' coaching, and still some escalations in person. It is a step up from senior engineer because the lead answers for other people's work, not only their own. ${judgement}`,
  },
  'role-support-manager': {
    summary: `Manages several engineers or team leads: hiring, performance and growth, plus the processes, metrics and budget share of a support function. Unlike a team lead, a manager rarely works tickets and is judged on the results of several teams. ${judgement}`,
  },
  'role-director-of-support': {
    summary: `Leads a whole support organisation through its managers: sets strategy, owns the budget and shows the executive team what support does for revenue and retention. Managers run teams; the director decides what the organisation should become. ${judgement}`,
  },
  'role-vp-of-support': {
    summary: `The executive responsible for support: speaks for the customer experience at the leadership table, sets the long-term plan and aligns support with the rest of the company. Directors run the organisation; the VP decides its place in the company. ${judgement}`,
  },
  'role-customer-success-manager': {
    summary: `Looks after a set of customers so they get value from the product and renew. Former support engineers bring product depth and a feel for where customers struggle; the work moves from fixing problems to preventing them. ${judgement}`,
  },
  'role-product-manager': {
    summary: `Decides what the product should do next and why. Support engineers who move here use what thousands of customer problems taught them to set priorities; the job trades answering questions for choosing which ones the product should remove. ${judgement}`,
  },
  'role-sales-engineer': {
    summary: `The technical partner in a sales team: demonstrates the product, designs proofs of concept and answers prospects' technical questions. Troubleshooting and explaining carry straight over from support; the new part is working towards a sale. ${judgement}`,
  },
  'role-developer-advocate': {
    summary: `Represents developers to the company and the company to developers: tutorials and samples, talks at events, and feedback gathered from the community. Support engineers who enjoy teaching often move here. ${judgement}`,
  },
}

/** Summaries of other documents that kept a seed list in its order. */
export const summaryTexts: Readonly<Record<string, string>> = {
  'degree-bachelors-computer-science':
    'The usual academic starting point for IT support careers and often a requirement for management posts. A concentration helps a candidate stand out: cybersecurity, information systems or network administration.',
}

/** Transition conditions that repeated a seed clause; keyed by role, then transition key. */
const broadened = 'Has broadened rather than specialised: has worked on security, cloud, software and hardware problems, so can oversee any kind of issue the team gets'

export const conditionTexts: Readonly<Record<string, Readonly<Record<string, readonly string[]>>>> = {
  'role-senior-technician': {
    'promotion-technical-support-lead': ['Has mentored colleagues and led training or a small project', 'Shows the soft skills to coordinate a team', broadened],
  },
  'role-systems-administrator': {
    'promotion-technical-support-lead': ['Has led training or mentoring and wants to lead a support team', broadened],
  },
  'role-network-engineer': {
    'promotion-technical-support-lead': ['Has led training or mentoring and wants to lead a support team', broadened],
  },
  'role-senior-support-specialist': {
    'specialisation-subject-matter-expert': ['Has gone deep in one area, for example database management, cloud services or network security'],
  },
}

function rewriteRole(doc: CurriculumDocument, text: RoleText): CurriculumDocument {
  const next: CurriculumDocument = {...doc}
  if (text.summary) next.summary = en(text.summary, 'text')
  if (text.responsibilities) next.responsibilities = lines(text.responsibilities)
  if (text.education) next.education = en(text.education, 'text')
  return next
}

export const textEdit: Edit = {
  name: 'our own words for answers, guides and role texts',
  apply(documents) {
    const changes: Record<string, (doc: CurriculumDocument) => CurriculumDocument> = {}
    for (const [id, markup] of Object.entries(faqAnswers)) changes[id] = (d) => ({...d, answer: portableText(markup, 'answer')})
    for (const [id, g] of Object.entries(guideTexts)) changes[id] = (d) => ({...d, summary: g.summary, body: portableText(g.body, 'body')})
    for (const [id, t] of Object.entries(roleTexts)) changes[id] = (d) => rewriteRole(d, t)
    for (const [id, summary] of Object.entries(summaryTexts)) changes[id] = (d) => ({...d, summary: en(summary, 'text')})
    for (const [id, byKey] of Object.entries(conditionTexts)) {
      const before = changes[id]
      changes[id] = (d) => {
        const doc = before ? before(d) : d
        const transitions = (doc.transitions as {_key: string}[] | undefined)?.map((t) => (byKey[t._key] ? {...t, conditions: lines(byKey[t._key]!)} : t))
        return {...doc, transitions}
      }
    }
    return changeDocuments(NAME, documents, changes)
  },
}
