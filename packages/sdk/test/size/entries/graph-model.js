// A widget's first paint: the map of the ladders from the model alone; the route questions load when the planner opens.
import {createCareerModel} from '@careerpath/sdk/graph/model'
import {parseSnapshot} from '@careerpath/sdk/snapshot'

fetch('/curriculum.json')
  .then((response) => response.text())
  .then((text) => {
    const model = createCareerModel(parseSnapshot(text).documents, {language: 'en'})
    console.log(model.tracks().map((track) => [track.title, track.roles.map((role) => model.role(role.slug).transitions.length)]))
    document.querySelector('#plan')?.addEventListener('click', () => import('./graph-model-routes.js').then(({plan}) => console.log(plan(model))))
  })
