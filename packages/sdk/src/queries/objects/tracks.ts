import {trackDetail, trackListItem, trackRow} from '../../schemas/results/tracks'
import {defineCareerQuery} from '../define'
import {allTracksQuery, trackListQuery, trackQuery} from '../tracks'
import {bySlug, languageOnly} from './params'

export const trackList = /* @__PURE__ */ defineCareerQuery({name: 'listTracks', query: trackListQuery, params: languageOnly, result: trackListItem, list: true})
export const track = /* @__PURE__ */ defineCareerQuery({name: 'getTrack', query: trackQuery, params: bySlug, result: trackDetail, orNull: true})
export const allTracks = /* @__PURE__ */ defineCareerQuery({name: 'allTracks', query: allTracksQuery, params: languageOnly, result: trackRow, list: true})
