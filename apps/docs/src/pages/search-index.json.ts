// The search index the client script loads: one JSON file written at build time.
import type {APIRoute} from 'astro'
import {searchEntries} from '../lib/search-entries'

export const GET: APIRoute = async () => new Response(JSON.stringify(await searchEntries()), {headers: {'content-type': 'application/json'}})
