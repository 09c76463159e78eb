import {Button, Card, Flex, Label, Select, Stack, Text, TextInput} from '@sanity/ui'
import {useId, useState} from 'react'
import {retireProblem, today, type RetireChoice, type RetireContext} from '../actions/retire'

export interface RetireFormProps {
  certificationId: string
  title: string
  /** Null while the successors and recommending roles load. */
  context: RetireContext | null
  error?: string | null
  onRetire: (choice: RetireChoice) => void
  onCancel: () => void
}

/** The "Retire certification" form: the date, the successor, and which roles still recommend it. Shown in the action's dialog. */
export function RetireForm({certificationId, title, context, error, onRetire, onCancel}: RetireFormProps) {
  const dateId = useId()
  const successorId = useId()
  const [retiredOn, setRetiredOn] = useState(today())
  const [successor, setSuccessor] = useState('')
  const choice: RetireChoice = {retiredOn, successor: successor || null}
  const problem = retireProblem(choice, certificationId)
  const roles = context?.recommendedBy ?? []
  return (
    <Stack gap={4} padding={4} data-testid="retire-form">
      <Text size={1} muted>
        Marks &ldquo;{title}&rdquo; as retired in this draft: publish the draft to make it live.
      </Text>
      <Stack gap={2}>
        <Label as="label" htmlFor={dateId} size={1}>
          Retired on
        </Label>
        <TextInput id={dateId} type="date" value={retiredOn} onChange={(e) => setRetiredOn(e.currentTarget.value)} />
      </Stack>
      <Stack gap={2}>
        <Label as="label" htmlFor={successorId} size={1}>
          Replaced by
        </Label>
        <Select id={successorId} value={successor} disabled={!context} onChange={(e) => setSuccessor(e.currentTarget.value)}>
          <option value="">No successor</option>
          {context?.candidates.map((c) => (
            <option key={c.id} value={c.id}>
              {c.title}
              {c.vendor ? ` (${c.vendor})` : ''}
            </option>
          ))}
        </Select>
        <Text size={1} muted>
          Active, published certifications; the same vendor&apos;s first.
        </Text>
      </Stack>
      <Card padding={3} radius={2} tone={roles.length ? 'caution' : 'positive'} border>
        {!context ? (
          <Text size={1}>Looking up the roles that recommend it…</Text>
        ) : roles.length ? (
          <Stack gap={2}>
            <Text size={1} weight="medium">
              {roles.length === 1 ? '1 role still recommends it' : `${roles.length} roles still recommend it`}; the career map marks them until they drop it:
            </Text>
            {roles.map((role) => (
              <Text key={role} size={1}>
                {role}
              </Text>
            ))}
          </Stack>
        ) : (
          <Text size={1}>No role recommends it.</Text>
        )}
      </Card>
      {(problem || error) && (
        <Card padding={3} radius={2} tone="critical" role="alert">
          <Text size={1}>{error ?? problem}</Text>
        </Card>
      )}
      <Flex gap={2} justify="flex-end">
        <Button mode="ghost" text="Cancel" onClick={onCancel} />
        <Button tone="critical" text="Retire certification" disabled={Boolean(problem) || !context} onClick={() => onRetire(choice)} />
      </Flex>
    </Stack>
  )
}
