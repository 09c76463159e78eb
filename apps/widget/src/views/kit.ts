/**
 * What the views in chunks (role, planner, comparison, self-assessment) use from
 * the entry, handed to each when its chunk loads (`init`). They import only
 * types: a runtime import of an entry module would make esbuild move that
 * module into a shared chunk, which the entry would then fetch before its
 * first paint (test/size.test.ts checks the entry imports no chunk statically).
 */
import {shareUrl} from '../assessment'
import {button, h, link, uid} from '../dom'
import {aboutYears, afterYears, costText, estimateNote, experienceText} from '../estimates'
import {isNotFoundError, TOP_RESOURCES} from '../sdk'
import {heading, moveKind, roleTag, seniority} from './parts'

export const kit = {shareUrl, button, h, link, uid, aboutYears, afterYears, costText, estimateNote, experienceText, isNotFoundError, TOP_RESOURCES, heading, moveKind, roleTag, seniority}
export type Kit = typeof kit
