/**
 * Question marks by script, so the FAQ rule does not reject a question written
 * in another language. Sources: Unicode's General Punctuation and CJK charts
 * (U+FF1F fullwidth, U+061F Arabic, U+037E Greek, U+1367 Ethiopic); Spanish
 * opens a question with U+00BF (Real Academia Española, Ortografía 2010, 3.4.1).
 */
const closingMarks = ['?', '\uFF1F', '\u061F', '\u037E', '\u1367', '\u2E2E']
const openingMarks: Record<string, string> = {es: '\u00BF'}

export function checkQuestion(question: string | undefined, language: string | undefined): true | string {
  const text = question?.trim()
  if (!text) return true
  if (!closingMarks.some((mark) => text.endsWith(mark))) return 'End the question with a question mark'
  const opening = language ? openingMarks[language] : undefined
  if (opening && !text.startsWith(opening)) return `Start the question with "${opening}", as ${language} writes it`
  return true
}
