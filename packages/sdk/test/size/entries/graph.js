// A widget that never calls Sanity: a snapshot file and the career graph.
import {createCareerGraph} from '@careerpath/sdk/graph'
import {parseSnapshot} from '@careerpath/sdk/snapshot'

fetch('/curriculum.json')
  .then((response) => response.text())
  .then((text) => {
    const graph = createCareerGraph(parseSnapshot(text).documents, {language: 'en'})
    console.log(graph.plan('help-desk-technician', 'it-support-manager').milestones)
  })
