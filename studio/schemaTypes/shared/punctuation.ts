/**
 * Question marks by script, so the FAQ rule does not reject a question written
 * in another language. Sources: Unicode's General Punctuation and CJK charts
 * (U+FF1F fullwidth, U+061F Arabic, U+037E Greek, U+1367 Ethiopic); Spanish
 * opens a question with U+00BF (Real Academia Española, Ortografía 2010, 3.4.1).
 * German and English need only the closing mark.
 */
import {describeProblem, type Problem} from './messages'

const closingMarks = ['?', '\uFF1F', '\u061F', '\u037E', '\u1367', '\u2E2E']
const openingMarks: Record<string, string> = {es: '\u00BF'}

/** What is wrong with the question's marks in `language`, or undefined. */
export function questionProblem(question: string | undefined, language: string | undefined): Problem | undefined {
  const text = question?.trim()
  if (!text) return undefined
  if (!closingMarks.some((mark) => text.endsWith(mark))) return {code: 'no-question-mark'}
  const opening = language ? openingMarks[language] : undefined
  if (language && opening && !text.startsWith(opening)) return {code: 'no-opening-mark', language, mark: opening}
  return undefined
}

/** `questionProblem` in English words, or true. */
export function checkQuestion(question: string | undefined, language: string | undefined): true | string {
  const problem = questionProblem(question, language)
  return problem ? describeProblem(problem) : true
}
