/**
 * Document ids as the Content Lake reads them: `drafts.<id>`, `versions.<release>.<id>`, or published `<id>`.
 * One implementation, the SDK's (see ./perspective.ts for why it lives there).
 */
export {isDraftId, isVersionId, publishedIdOf, releaseOf} from '../../sdk/src/sources/ids'
