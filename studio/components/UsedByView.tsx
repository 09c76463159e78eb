import {Badge, Box, Card, Flex, Stack, Text} from '@sanity/ui'
import {useEffect, useState} from 'react'
import {DEFAULT_STUDIO_CLIENT_OPTIONS, getPublishedId, getVersionFromId, isDraftId, useClient, type SanityDocument} from 'sanity'
import {IntentLink} from 'sanity/router'
import {defaultLanguage} from '../schemaTypes/shared/options'

export interface UsedByRow {
  _id: string
  _type: string
  title?: string | null
}

/** One referring document, with every version of it that holds the reference. */
export interface UsedByEntry {
  id: string
  type: string
  title: string
  /** 'published', 'draft', or the release name of a `versions.<release>.` copy. */
  versions: string[]
}

/**
 * The query a "used by" view runs with the Studio's client (perspective raw):
 * every version that matches `filter` (which uses `$id`, the published id of
 * the document being edited). Titles are localized arrays on structured types
 * and plain strings on resources, FAQs and guides.
 */
export function usedByQuery(filter: string): string {
  return `*[${filter}]{_id, _type, "title": coalesce(title[language == $language][0].value, title[0].value, title, question)}`
}

export const usedByParams = (documentId: string) => ({id: getPublishedId(documentId), language: defaultLanguage})

const versionOf = (id: string) => (isDraftId(id) ? 'draft' : (getVersionFromId(id) ?? 'published'))

/** Groups the versions of each referring document under its published id (Sanity's id helpers), sorted by type, then title. */
export function groupUsedBy(rows: readonly UsedByRow[]): UsedByEntry[] {
  const byId = new Map<string, UsedByEntry>()
  for (const row of rows) {
    const id = getPublishedId(row._id)
    const entry = byId.get(id) ?? {id, type: row._type, title: row.title ?? id, versions: []}
    // The published title wins, then the draft's; release titles only when nothing else has one.
    if (row.title && (versionOf(row._id) === 'published' || entry.title === id)) entry.title = row.title
    entry.versions.push(versionOf(row._id))
    byId.set(id, entry)
  }
  const rank = (v: string) => (v === 'published' ? 0 : v === 'draft' ? 1 : 2)
  for (const entry of byId.values()) entry.versions.sort((a, b) => rank(a) - rank(b) || a.localeCompare(b))
  return [...byId.values()].sort((a, b) => a.type.localeCompare(b.type) || a.title.localeCompare(b.title, 'en'))
}

/** A document view listing the documents that reference this one, published, draft or in a release, so editors see the blast radius of a change. */
export function createUsedByView(filter: string) {
  const query = usedByQuery(filter)
  return function UsedByView({document}: {document: {displayed: Partial<SanityDocument>}}) {
    // The Studio's own client reads raw: drafts and release versions are included.
    const client = useClient(DEFAULT_STUDIO_CLIENT_OPTIONS)
    const id = document.displayed._id
    const [entries, setEntries] = useState<UsedByEntry[] | null>(null)
    useEffect(() => {
      if (!id) return
      const sub = client.observable.fetch<UsedByRow[]>(query, usedByParams(id)).subscribe((rows) => setEntries(groupUsedBy(rows)))
      return () => sub.unsubscribe()
    }, [client, id])
    if (!id) return <Box padding={4}><Text>Save this document to see where it is used.</Text></Box>
    if (!entries) return <Box padding={4}><Text muted>Loading…</Text></Box>
    if (entries.length === 0) return <Box padding={4}><Text>Nothing references this document, published, in a draft or in a release.</Text></Box>
    return (
      <Stack padding={4} gap={2}>
        <Text size={1} muted>Published documents, drafts and release versions that reference this one.</Text>
        {entries.map((entry) => (
          <Card key={entry.id} padding={3} radius={2} border>
            <Stack gap={2}>
              <IntentLink intent="edit" params={{id: entry.id, type: entry.type}}>
                <Text>{entry.title}</Text>
              </IntentLink>
              <Flex gap={1} wrap="wrap">
                <Text size={1} muted>{entry.type}</Text>
                {entry.versions.map((version) => (
                  <Badge key={version} tone={version === 'published' ? 'positive' : version === 'draft' ? 'caution' : 'primary'}>
                    {version}
                  </Badge>
                ))}
              </Flex>
            </Stack>
          </Card>
        ))}
      </Stack>
    )
  }
}
