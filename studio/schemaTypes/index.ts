import {certification} from './documents/certification'
import {degree} from './documents/degree'
import {faq} from './documents/faq'
import {guide} from './documents/guide'
import {learningPath} from './documents/learningPath'
import {organisation} from './documents/organisation'
import {resource} from './documents/resource'
import {role} from './documents/role'
import {skill} from './documents/skill'
import {sourceArticle} from './documents/sourceArticle'
import {track} from './documents/track'
import {basis} from './objects/basis'
import {blockContent} from './objects/blockContent'
import {experienceRange} from './objects/experienceRange'
import {learningModule, learningTopic} from './objects/learningModule'
import {localizedLine} from './objects/localizedLine'
import {roleSkill} from './objects/roleSkill'
import {transition} from './objects/transition'

export const documentTypes = [track, role, skill, certification, degree, organisation, resource, learningPath, faq, guide, sourceArticle]
export const objectTypes = [roleSkill, transition, experienceRange, basis, localizedLine, learningModule, learningTopic, blockContent]
export const schemaTypes = [...documentTypes, ...objectTypes]
