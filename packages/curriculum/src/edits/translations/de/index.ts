/** The curriculum in German: written for German readers from the English text, not word for word. */
import type {LanguageTranslations} from '../shape.ts'
import {catalogue} from './catalogue.ts'
import {faqs} from './faqs.ts'
import {guides} from './guides.ts'
import {learningPath} from './learningPath.ts'
import {resources} from './resources.ts'
import {roles} from './roles.ts'
import {skills} from './skills.ts'

export const de: LanguageTranslations = {
  language: 'de',
  structured: {...catalogue, ...skills, ...resources, ...learningPath, ...roles},
  faqs,
  guides,
}
