import {Box, Card, Stack, Text} from '@sanity/ui'
import {useEffect, useState} from 'react'
import {IntentLink} from 'sanity/router'
import {useClient, type SanityDocument} from 'sanity'
import {API_VERSION} from '../schemaTypes/shared/options'

interface Row {
  _id: string
  _type: string
  title?: string
}

/** The query a "used by" view runs: published documents matching `filter` (which uses `$id`), titled and sorted. */
export function usedByQuery(filter: string): string {
  return `*[(${filter}) && !(_id in path("drafts.**"))] | order(_type asc, coalesce(title, question) asc){_id, _type, "title": coalesce(title, question)}`
}

/** A document view listing the documents that reference this one, so editors see the blast radius of a change. */
export function createUsedByView(filter: string) {
  const query = usedByQuery(filter)
  return function UsedByView({document}: {document: {displayed: Partial<SanityDocument>}}) {
    const client = useClient({apiVersion: API_VERSION})
    const id = document.displayed._id?.replace(/^drafts\./, '')
    const [rows, setRows] = useState<Row[] | null>(null)
    useEffect(() => {
      if (!id) return
      const sub = client.observable
        .fetch<Row[]>(query, {id})
        .subscribe(setRows)
      return () => sub.unsubscribe()
    }, [client, id])
    if (!id) return <Box padding={4}><Text>Publish this document to see where it is used.</Text></Box>
    if (!rows) return <Box padding={4}><Text muted>Loading…</Text></Box>
    if (rows.length === 0) return <Box padding={4}><Text>Nothing references this document yet.</Text></Box>
    return (
      <Stack padding={4} gap={2}>
        {rows.map((row) => (
          <Card key={row._id} padding={3} radius={2} border>
            <IntentLink intent="edit" params={{id: row._id, type: row._type}}>
              <Text>{row.title ?? row._id}</Text>
            </IntentLink>
            <Text size={1} muted>{row._type}</Text>
          </Card>
        ))}
      </Stack>
    )
  }
}
