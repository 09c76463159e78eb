import {Box, Stack, Text} from '@sanity/ui'
import {useState} from 'react'
import {DEFAULT_STUDIO_CLIENT_OPTIONS, getDraftId, useClient, type DocumentActionComponent} from 'sanity'
import {checkRolePublish, describePublishCheck} from './publishCheck'

/**
 * Wraps the default publish action: on click it runs `checkRolePublish` against
 * the dataset as it is at that moment and publishes only if nothing is wrong;
 * otherwise it shows the problems and leaves the draft as it is.
 */
export function withPublishCheck(publish: DocumentActionComponent): DocumentActionComponent {
  const CheckedPublish: DocumentActionComponent = (props) => {
    const original = publish(props)
    // The Studio's own client: perspective raw, so drafts and release versions are readable.
    const client = useClient(DEFAULT_STUDIO_CLIENT_OPTIONS)
    const [problems, setProblems] = useState<string[] | null>(null)
    const [checking, setChecking] = useState(false)
    if (!original) return original
    const versionId = props.version?._id ?? props.draft?._id ?? getDraftId(props.id)
    return {
      ...original,
      disabled: original.disabled || checking,
      title: checking ? 'Checking the ladder before publishing…' : original.title,
      onHandle: async () => {
        setChecking(true)
        let found: string[]
        try {
          found = describePublishCheck(await checkRolePublish(client, versionId))
        } catch (error) {
          found = [`The ladder could not be checked (${(error as Error).message}); try again`]
        } finally {
          setChecking(false)
        }
        if (found.length) setProblems(found)
        else original.onHandle?.()
      },
      dialog: problems
        ? {
            type: 'dialog',
            header: 'Not published: fix these first',
            onClose: () => setProblems(null),
            content: (
              <Stack gap={3} padding={2}>
                <Text size={1}>Checked against the roles as they are published right now.</Text>
                {problems.map((problem) => (
                  <Box key={problem}>
                    <Text>{problem}</Text>
                  </Box>
                ))}
              </Stack>
            ),
          }
        : original.dialog,
    }
  }
  CheckedPublish.action = publish.action
  CheckedPublish.displayName = 'CheckedPublishAction'
  return CheckedPublish
}
