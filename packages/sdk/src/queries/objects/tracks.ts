import {trackDetail, trackListItem, trackRow} from '../../schemas/results/tracks'
import {allTracksQuery, trackListQuery, trackQuery} from '../tracks'
import {careerQuery} from '../shared'
import {bySlug, languageOnly} from '../shared'

export const trackList = /* @__PURE__ */ careerQuery({name: 'listTracks', query: trackListQuery, params: languageOnly, result: trackListItem, list: true})
export const track = /* @__PURE__ */ careerQuery({name: 'getTrack', query: trackQuery, params: bySlug, result: trackDetail, orNull: true})
export const allTracks = /* @__PURE__ */ careerQuery({name: 'allTracks', query: allTracksQuery, params: languageOnly, result: trackRow, list: true})
