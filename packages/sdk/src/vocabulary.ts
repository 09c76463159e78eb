/**
 * Human labels for the content model's closed lists: the titles editors pick
 * from in the Studio, so sites show what editors see, in English, Spanish and
 * German. Browser-safe and small; `vocabulary.test.ts` keeps them equal to the
 * Studio's label catalogue (each option's `title` and `i18n`).
 *
 * @packageDocumentation
 */
import type {
  BasisKind,
  CertificationLevel,
  CertificationStatus,
  DegreeLevel,
  ResourceCost,
  ResourceKind,
  SkillCategory,
  TrackKind,
  TransitionKind,
} from './schemas/enums'
import type {LanguageId} from './languages'

/** The label of every stored value, per list. */
export const VALUE_LABELS = {
  trackKind: {
    'individual-contributor': 'Individual contributor ladder',
    management: 'Management ladder',
    technician: 'Technician ladder',
    family: 'Family of roles',
  } satisfies Record<TrackKind, string>,
  skillCategory: {
    technical: 'Technical',
    interpersonal: 'Interpersonal',
    leadership: 'Leadership',
    business: 'Business',
  } satisfies Record<SkillCategory, string>,
  transitionKind: {
    promotion: 'Promotion (to a higher seniority)',
    lateral: 'Lateral move (same seniority)',
    specialisation: 'Specialisation (same or higher seniority)',
  } satisfies Record<TransitionKind, string>,
  certificationLevel: {
    entry: 'Entry',
    associate: 'Associate',
    professional: 'Professional',
    expert: 'Expert',
  } satisfies Record<CertificationLevel, string>,
  certificationStatus: {
    active: 'Active',
    retired: 'Retired',
  } satisfies Record<CertificationStatus, string>,
  degreeLevel: {
    associate: 'Associate degree',
    bachelor: "Bachelor's degree",
    master: "Master's degree",
    doctorate: 'Doctorate',
  } satisfies Record<DegreeLevel, string>,
  resourceKind: {
    article: 'Article',
    course: 'Course',
    book: 'Book',
    community: 'Community',
    organisation: 'Organisation',
    'certification-programme': 'Certification programme',
    tool: 'Tool',
    publication: 'Publication',
  } satisfies Record<ResourceKind, string>,
  resourceCost: {
    free: 'Free',
    'free-audit': 'Free to audit',
    paid: 'Paid',
  } satisfies Record<ResourceCost, string>,
  basisKind: {
    source: 'From a source article',
    estimate: 'Our estimate',
    added: 'Added by us',
  } satisfies Record<BasisKind, string>,
} as const

/**
 * Lists whose values also occur in other lists with another meaning
 * (`associate` is a certification level and a degree level): `valueLabel`
 * without a list answers from the first list that has the value, in this order.
 */
export type VocabularyList = keyof typeof VALUE_LABELS

/** What each proficiency level means; index 0 is level 1. */
export const PROFICIENCY_LABELS = ['Awareness', 'Working knowledge', 'Practitioner', 'Advanced', 'Expert'] as const

/** The seniority scale shared by every track; index 0 is seniority 1. */
export const SENIORITY_LABELS = ['Entry', 'Intermediate', 'Senior', 'Lead', 'Manager or principal', 'Director', 'Executive'] as const

/** The track kinds whose roles stand on rungs. */
export const LADDER_KINDS = ['individual-contributor', 'management', 'technician'] as const satisfies readonly TrackKind[]

type Lists = {readonly [L in VocabularyList]: readonly string[]}
interface Catalogue {
  /** Each list's labels in the order of its values in `VALUE_LABELS`. */
  readonly lists: Lists
  readonly proficiency: readonly string[]
  readonly seniority: readonly string[]
}

/**
 * The labels in every language but English (whose labels are `VALUE_LABELS`,
 * `PROFICIENCY_LABELS` and `SENIORITY_LABELS`), as lists in the English lists'
 * order: the graph entry ships them, and keys written once keep it light.
 */
export const TRANSLATED_LABELS: {readonly [L in Exclude<LanguageId, 'en'>]: Catalogue} = {
  es: {
    lists: {
      trackKind: ['Trayectoria técnica (contribuidor individual)', 'Trayectoria de gestión', 'Trayectoria de técnico', 'Familia de puestos'],
      skillCategory: ['Técnica', 'Interpersonal', 'Liderazgo', 'Negocio'],
      transitionKind: ['Ascenso (a un nivel superior)', 'Cambio lateral (mismo nivel)', 'Especialización (mismo nivel o superior)'],
      certificationLevel: ['Inicial', 'Asociado', 'Profesional', 'Experto'],
      certificationStatus: ['Vigente', 'Retirada'],
      degreeLevel: ['Título de grado asociado', 'Grado (licenciatura)', 'Máster', 'Doctorado'],
      resourceKind: ['Artículo', 'Curso', 'Libro', 'Comunidad', 'Organización', 'Programa de certificación', 'Herramienta', 'Publicación'],
      resourceCost: ['Gratis', 'Gratis como oyente', 'De pago'],
      basisKind: ['De un artículo fuente', 'Estimación nuestra', 'Añadido por nosotros'],
    },
    proficiency: ['Nociones', 'Conocimiento práctico', 'Competente', 'Avanzado', 'Experto'],
    seniority: ['Inicial', 'Intermedio', 'Sénior', 'Líder', 'Gerente o principal', 'Dirección', 'Alta dirección'],
  },
  de: {
    lists: {
      trackKind: ['Fachlaufbahn', 'Führungslaufbahn', 'Technikerlaufbahn', 'Rollenfamilie'],
      skillCategory: ['Technik', 'Soziale Kompetenz', 'Führung', 'Wirtschaft'],
      transitionKind: ['Beförderung (auf eine höhere Stufe)', 'Seitenwechsel (gleiche Stufe)', 'Spezialisierung (gleiche oder höhere Stufe)'],
      certificationLevel: ['Einstieg', 'Associate', 'Professional', 'Expert'],
      certificationStatus: ['Aktuell', 'Eingestellt'],
      degreeLevel: ['Associate Degree (Kurzstudium)', 'Bachelor', 'Master', 'Promotion (Doktorat)'],
      resourceKind: ['Artikel', 'Kurs', 'Buch', 'Community', 'Organisation', 'Zertifizierungsprogramm', 'Werkzeug', 'Publikation'],
      resourceCost: ['Kostenlos', 'Kostenlos ohne Zertifikat', 'Kostenpflichtig'],
      basisKind: ['Aus einem Quellartikel', 'Unsere Schätzung', 'Von uns ergänzt'],
    },
    proficiency: ['Grundkenntnisse', 'Anwendungswissen', 'Praxiserfahren', 'Fortgeschritten', 'Expertenwissen'],
    seniority: ['Einstieg', 'Erfahren', 'Senior', 'Lead', 'Manager oder Principal', 'Bereichsleitung', 'Geschäftsleitung'],
  },
}

/** How a value off the list reads, per language. */
const OFF_LIST = {
  en: ['Level', 'Seniority'],
  es: ['Nivel', 'Nivel de responsabilidad'],
  de: ['Stufe', 'Verantwortungsstufe'],
} as const satisfies Record<LanguageId, readonly [string, string]>
const translated = (language: LanguageId | undefined) => (language && language !== 'en' ? TRANSLATED_LABELS[language] : undefined)
const offList = (language: LanguageId | undefined) => OFF_LIST[language && language in OFF_LIST ? language : 'en']

/**
 * The label of a stored value in `language` (default English; `"free-audit"` →
 * `"Free to audit"`, in `es` `"Gratis como oyente"`), from the named list or,
 * without one, from the first list that holds the value (`VocabularyList`'s
 * order). Values from no list (content newer than this SDK) are humanised rather than dropped.
 */
export function valueLabel(value: string, list?: VocabularyList, language?: LanguageId): string {
  const other = translated(language)
  for (const name of list ? [list] : (Object.keys(VALUE_LABELS) as VocabularyList[])) {
    const labels: Readonly<Record<string, string>> = VALUE_LABELS[name]
    if (Object.hasOwn(labels, value)) return other ? other.lists[name][Object.keys(labels).indexOf(value)]! : labels[value]!
  }
  return value.charAt(0).toUpperCase() + value.slice(1).replace(/-/g, ' ')
}

/** `3` → `"Practitioner"` (`es`: `"Competente"`); out-of-range levels read as `"Level N"` (`"Nivel N"`, `"Stufe N"`). */
export function proficiencyLabel(level: number, language?: LanguageId): string {
  return (translated(language)?.proficiency ?? PROFICIENCY_LABELS)[level - 1] ?? `${offList(language)[0]} ${level}`
}

/** `5` → `"Manager or principal"` (`de`: `"Manager oder Principal"`); values off the scale read as `"Seniority N"`. */
export function seniorityLabel(seniority: number, language?: LanguageId): string {
  return (translated(language)?.seniority ?? SENIORITY_LABELS)[seniority - 1] ?? `${offList(language)[1]} ${seniority}`
}

/** True for a family of roles (shown as a group, never as a one-rung ladder); false for the ladders. */
export function isFamily(track: {readonly kind: string | null}): boolean {
  return track.kind === 'family'
}

/** True for a ladder kind (roles on rungs). */
export function isLadder(track: {readonly kind: string | null}): boolean {
  return (LADDER_KINDS as readonly (string | null)[]).includes(track.kind)
}
