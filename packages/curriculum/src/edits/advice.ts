/**
 * The beyond-tech-support seed's rule of thumb ("if nothing comes up within a
 * set period, five months say, consider moving") is timing advice, not a
 * condition that must hold before a promotion. v1 wrote it as a condition on
 * 14 moves (mostly the entry roles' promotions); here it leaves `conditions`
 * everywhere and becomes the `advice` of those moves and of every promotion out
 * of an entry-level role. It runs before the text edit, which rewrites some of
 * those conditions. Moves added later (moves.ts) carry the advice themselves.
 */
import {isRole, type CurriculumDocument, type Transition} from '../types.ts'
import {CurriculumEditError, en, englishOf, type Edit} from './edit.ts'

const NAME = 'advice'

export const moveOnAdvice =
  'Once you are ready for this step, watch for openings and projects inside your organisation. If none appears within a set period (the beyond-tech-support seed\'s example is five months), consider taking the step at another employer.'

/** Lines of v1 that stated the rule as a condition. */
const isMoveOnRule = (line: {text?: unknown}) => /five months/i.test(englishOf(line.text) ?? '')

export const adviceEdit: Edit = {
  name: 'the five-month rule as advice, not a condition',
  apply(documents) {
    let moved = 0
    const out = documents.map((doc): CurriculumDocument => {
      if (!isRole(doc) || !doc.transitions) return doc
      const entry = doc.seniority === 1
      const transitions = doc.transitions.map((t): Transition => {
        const conditions = (t.conditions ?? []).filter((c) => !isMoveOnRule(c))
        if (conditions.length !== (t.conditions ?? []).length) moved++
        const next: Transition = {...t, conditions}
        if (!conditions.length) delete next.conditions
        const wasCondition = conditions.length !== (t.conditions ?? []).length
        if (wasCondition || (entry && t.kind === 'promotion')) next.advice = en(moveOnAdvice, 'text')
        return next
      })
      return {...doc, transitions}
    })
    if (!moved) throw new CurriculumEditError(NAME, 'found no five-month condition to turn into advice; was the dataset already edited?')
    return out
  },
}
