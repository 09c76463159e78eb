import {Badge, Box, Button, Card, Flex, Grid, Heading, Stack, Text} from '@sanity/ui'
import {WarningOutlineIcon} from '@sanity/icons/WarningOutline'
import {useMemo, useState} from 'react'
import {LiveStatus} from '../components/LiveStatus'
import {useLive, type LiveQuery} from '../components/live'
import {defaultLanguage} from '../schemaTypes/shared/options'
import {buildCareerMap, describeMode, MAP_LISTEN, MAP_QUERY, PROBLEM_TITLES, type CareerMapModel, type MapGroup, type MapMode, type MapMove, type MapRole, type MapRows} from './model'

const count = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`

export interface CareerMapProps {
  liveQuery: LiveQuery
  /** Opens the role in the Studio (its document pane). */
  onOpenRole: (id: string) => void
  initialMode?: MapMode
}

/**
 * The career map tool: every ladder side by side (entry rung first), the
 * families below, each role with its next moves; problems marked on the role
 * and listed at the top. Live: any change to a role, track or credential
 * redraws it. Built on @sanity/ui alone (no widget: the widget draws for
 * visitors and cannot mark problems or open documents in the Studio).
 */
export function CareerMap({liveQuery, onOpenRole, initialMode = 'drafts'}: CareerMapProps) {
  const [mode, setMode] = useState<MapMode>(initialMode)
  const state = useLive<MapRows>(liveQuery, {fetch: MAP_QUERY, listen: MAP_LISTEN, params: {language: defaultLanguage}})
  const model = useMemo(() => (state.status === 'ready' ? buildCareerMap(state.data, mode) : null), [state, mode])
  return (
    <Box padding={4} data-testid="career-map" style={{maxWidth: 1600}}>
      <Stack gap={4}>
        <Stack gap={3}>
          <Heading as="h1" size={2}>
            Career map
          </Heading>
          <Text size={1} muted data-testid="map-says">
            {describeMode(mode)} Live: every ladder, family and next move; problems marked in red. Click a role to open it.
          </Text>
          <Flex gap={2}>
            <Button text="Drafts included" mode={mode === 'drafts' ? 'default' : 'ghost'} selected={mode === 'drafts'} onClick={() => setMode('drafts')} />
            <Button text="Published only" mode={mode === 'published' ? 'default' : 'ghost'} selected={mode === 'published'} onClick={() => setMode('published')} />
          </Flex>
        </Stack>
        <LiveStatus state={state} loading="Loading the roles…" failure="The map could not be loaded" />
        {model && <MapBody model={model} onOpenRole={onOpenRole} />}
      </Stack>
    </Box>
  )
}

function MapBody({model, onOpenRole}: {model: CareerMapModel; onOpenRole: (id: string) => void}) {
  const {counts} = model
  const ladders = model.groups.filter((g) => g.kind === 'ladder')
  const others = model.groups.filter((g) => g.kind !== 'ladder')
  return (
    <Stack gap={4}>
      <Text size={1} muted>
        {count(counts.ladders, 'ladder')}, {count(counts.families, 'family', 'families')}, {count(counts.roles, 'role')}, {count(counts.moves, 'next move')}.
      </Text>
      <Problems model={model} onOpenRole={onOpenRole} />
      <Grid gridTemplateColumns={[1, 2, 3, 4]} gap={3}>
        {ladders.map((group) => (
          <Group key={group.id ?? 'none'} group={group} onOpenRole={onOpenRole} />
        ))}
      </Grid>
      {others.length > 0 && (
        <Grid gridTemplateColumns={[1, 2, 3, 4]} gap={3}>
          {others.map((group) => (
            <Group key={group.id ?? 'none'} group={group} onOpenRole={onOpenRole} />
          ))}
        </Grid>
      )}
    </Stack>
  )
}

function Problems({model, onOpenRole}: {model: CareerMapModel; onOpenRole: (id: string) => void}) {
  if (!model.problems.length) {
    return (
      <Card padding={3} radius={2} tone="positive" border data-testid="map-problems">
        <Text size={1}>No problems: every role has a way in, every move fits its kind, no retired credential is recommended.</Text>
      </Card>
    )
  }
  return (
    <Card padding={3} radius={2} tone="critical" border data-testid="map-problems">
      <Stack gap={3}>
        <Text weight="medium">{count(model.problems.length, 'problem')}</Text>
        {model.problems.map((problem, index) => (
          <Flex key={`${problem.roleId}-${index}`} gap={2} align="flex-start" wrap="wrap">
            <Badge tone="critical">{PROBLEM_TITLES[problem.kind]}</Badge>
            <Button mode="bleed" padding={1} fontSize={1} text={problem.roleTitle} onClick={() => onOpenRole(problem.roleId)} aria-label={`Open ${problem.roleTitle}`} />
            <Box flex={1} style={{minWidth: 240}}>
              <Text size={1}>{problem.message}</Text>
            </Box>
          </Flex>
        ))}
      </Stack>
    </Card>
  )
}

function Group({group, onOpenRole}: {group: MapGroup; onOpenRole: (id: string) => void}) {
  return (
    <Card padding={3} radius={3} border tone={group.kind === 'none' ? 'caution' : 'default'} as="section" aria-label={group.title} data-testid="map-group">
      <Stack gap={3}>
        <Stack gap={2}>
          <Heading as="h2" size={1}>
            {group.title}
          </Heading>
          <Text size={1} muted>
            {group.kindTitle} · {count(group.roles.length, 'role')}
            {group.kind === 'ladder' ? ', entry rung first' : group.kind === 'family' ? ', no rungs' : ''}
          </Text>
        </Stack>
        {group.roles.length === 0 && (
          <Text size={1} muted>
            No roles yet.
          </Text>
        )}
        {group.roles.map((role) => (
          <RoleCard key={role.id} role={role} onOpenRole={onOpenRole} />
        ))}
      </Stack>
    </Card>
  )
}

function RoleCard({role, onOpenRole}: {role: MapRole; onOpenRole: (id: string) => void}) {
  const troubled = role.problems.length > 0 || role.moves.some((m) => m.problem)
  return (
    <Card padding={2} radius={2} border tone={troubled ? 'critical' : 'transparent'} data-testid="map-role" data-role={role.id} data-problems={troubled ? 'yes' : 'no'}>
      <Stack gap={2}>
        <Flex align="center" gap={2} wrap="wrap">
          <Button mode="bleed" padding={2} text={role.title} onClick={() => onOpenRole(role.id)} icon={troubled ? WarningOutlineIcon : undefined} tone={troubled ? 'critical' : 'default'} />
          {role.draft && <Badge tone="caution">Draft</Badge>}
        </Flex>
        <Box paddingX={2}>
          <Text size={1} muted>
            {role.place} · {role.waysIn ? count(role.waysIn, 'way in', 'ways in') : role.entry ? 'entry role' : 'no way in'}
          </Text>
        </Box>
        {role.moves.length > 0 && (
          <Stack gap={2} paddingX={2} as="ul" aria-label={`Next moves from ${role.title}`} style={{listStyle: 'none', margin: 0}}>
            {role.moves.map((move) => (
              <Move key={move.key} move={move} />
            ))}
          </Stack>
        )}
        {role.problems.map((problem, index) => (
          <Box key={index} paddingX={2}>
            <Text size={1}>
              <strong>{PROBLEM_TITLES[problem.kind]}:</strong> {problem.message}
            </Text>
          </Box>
        ))}
      </Stack>
    </Card>
  )
}

function Move({move}: {move: MapMove}) {
  const years = move.years === null ? '' : ` · about ${move.years} ${move.years === 1 ? 'year' : 'years'}`
  return (
    <Box as="li">
      <Text size={1}>
        {move.kindTitle} → {move.toTitle}
        {move.elsewhere ? ' (other track)' : ''}
        {years}
      </Text>
      {move.problem && (
        <Box marginTop={1}>
          <Text size={1}>
            <strong>Move breaks the seniority rule:</strong> {move.problem}
          </Text>
        </Box>
      )}
    </Box>
  )
}
