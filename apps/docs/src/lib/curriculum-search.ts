// Search entries for every generated curriculum page.
import type {SearchEntry} from './search-entries'
import {loadCurriculum} from './curriculum'
import {certificationUrl, degreeUrl, faqUrl, guideUrl, learningPathUrl, moduleUrl, organisationUrl, resourceUrl, roleUrl, skillUrl, trackUrl} from './urls'
import {label, seniorityLabel} from './labels'
import {toPlainText} from './portable-text'
import {plainSummary} from './text'

export async function curriculumSearchEntries(): Promise<SearchEntry[]> {
  const c = await loadCurriculum()
  return [
    ...c.tracks.map((t) => ({title: t.title, url: trackUrl(t.slug), kind: 'Track', summary: plainSummary(t.summary), keywords: `${label(t.kind, 'trackKind')} ${t.roles.map((r) => r.title).join(' ')}`})),
    ...c.roles.map((r) => ({
      title: r.title,
      url: roleUrl(r.slug),
      kind: 'Role',
      summary: plainSummary(r.summary),
      keywords: [...r.aliases, r.track.title, seniorityLabel(r.seniority), ...r.skills.map((s) => s.skill.title), ...r.certifications.map((x) => x.title), ...r.degrees.map((d) => d.title)].join(' '),
    })),
    ...c.skills.map((s) => ({title: s.title, url: skillUrl(s.slug), kind: 'Skill', summary: plainSummary(s.description), keywords: label(s.category)})),
    ...c.certifications.map((x) => ({
      title: x.title,
      url: certificationUrl(x.slug),
      kind: 'Certification',
      summary: plainSummary(x.summary),
      keywords: `${x.vendor?.title ?? ''} ${label(x.level, 'certificationLevel')} ${x.status === 'retired' ? 'retired' : ''}`,
    })),
    ...c.degrees.map((d) => ({title: d.title, url: degreeUrl(d.slug), kind: 'Degree', summary: plainSummary(d.summary), keywords: `${label(d.level, 'degreeLevel')} ${d.awardingBody?.title ?? ''}`})),
    ...c.organisations.map((o) => ({title: o.title, url: organisationUrl(o.slug), kind: 'Organisation', summary: plainSummary(o.note ?? ''), keywords: o.aliases.join(' ')})),
    ...c.learningPaths.flatMap((p) => [
      {title: p.title, url: learningPathUrl(p.slug), kind: 'Learning path', summary: plainSummary(p.summary)},
      ...p.modules.map((m) => ({
        title: `${m.title} — ${p.title}`,
        url: moduleUrl(p.slug, m.slug),
        kind: 'Module',
        summary: plainSummary(m.summary ?? ''),
        keywords: m.topics.map((t) => t.title).join(' '),
      })),
    ]),
    ...c.resources.map((r) => ({
      title: r.title,
      url: resourceUrl(r._id),
      kind: 'Resource',
      summary: plainSummary(r.summary),
      keywords: [label(r.kind, 'resourceKind'), r.publisher?.title ?? '', ...r.authors, ...r.topics].join(' '),
    })),
    ...c.faqs.map((f) => ({title: f.question, url: faqUrl(f.slug), kind: 'FAQ', summary: plainSummary(toPlainText(f.answer))})),
    ...c.guides.map((g) => ({title: g.title, url: guideUrl(g.slug), kind: 'Article', summary: plainSummary(g.summary)})),
  ]
}
