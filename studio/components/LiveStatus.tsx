import {Card, Flex, Spinner, Text} from '@sanity/ui'
import type {LiveState} from './live'

/** What a live view shows while its query loads or after it failed; nothing once the data is there. */
export function LiveStatus({state, loading, failure}: {state: LiveState<unknown>; loading: string; failure: string}) {
  if (state.status === 'loading') {
    return (
      <Flex align="center" gap={2}>
        <Spinner muted />
        <Text muted>{loading}</Text>
      </Flex>
    )
  }
  if (state.status === 'error') {
    return (
      <Card padding={3} tone="critical" radius={2} border>
        <Text>
          {failure}: {state.message}
        </Text>
      </Card>
    )
  }
  return null
}
