// @sanity/client alone, the yardstick for the Sanity entry: the same query without the SDK.
import {createClient} from '@sanity/client'

const client = createClient({projectId: 'abc123', dataset: 'production', apiVersion: '2025-02-19', useCdn: true})
client.fetch('*[_type == "role"]{title}').then((roles) => console.log(roles.map((role) => role.title)))
