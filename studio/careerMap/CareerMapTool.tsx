import {ChartUpwardIcon} from '@sanity/icons/ChartUpward'
import {Card} from '@sanity/ui'
import {useCallback, useMemo} from 'react'
import {useDocumentStore, type Tool} from 'sanity'
import {useRouter} from 'sanity/router'
import {studioLiveQuery} from '../components/studioLive'
import {CareerMap} from './CareerMap'

/** The map inside the Studio: data from the document store, roles opened in the structure tool. */
function CareerMapTool() {
  const documentStore = useDocumentStore()
  const router = useRouter()
  const liveQuery = useMemo(() => studioLiveQuery(documentStore), [documentStore])
  const openRole = useCallback((id: string) => router.navigateIntent('edit', {id, type: 'role'}), [router])
  return (
    <Card height="fill" overflow="auto">
      <CareerMap liveQuery={liveQuery} onOpenRole={openRole} />
    </Card>
  )
}

/** Its own entry in the Studio's navigation bar, next to the structure tool. */
export const careerMapTool: Tool = {name: 'career-map', title: 'Career map', icon: ChartUpwardIcon, component: CareerMapTool}
