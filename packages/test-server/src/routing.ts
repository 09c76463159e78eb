import type {RequestHandler} from '@sanity/client'

/** The real hosts @sanity/client builds from the default `apiHost` (`https://api.sanity.io`) and a project id. */
const SANITY_HOST = /^[a-z0-9-]+\.(api|apicdn)\.sanity\.io$/i

export interface SanityHostRouting {
  apiHost: 'https://api.sanity.io'
  useProjectHostname: true
  /** Sends `<projectId>.api.sanity.io` requests to the server's `url` and `<projectId>.apicdn.sanity.io` ones to its `cdnUrl`. */
  requestHandler: RequestHandler
}

/**
 * With a custom `apiHost`, @sanity/client 8 sends CDN and API requests to the
 * same URL (its `cdnUrl` equals `url`), so a test cannot tell them apart. Keeping
 * the default host lets the client pick `apicdn` or `api` by its own rules
 * (`useCdn`, perspective, method); this handler only swaps the origin, after
 * that choice and before the request leaves. Any other URL passes unchanged.
 */
export function sanityHostRouting(targets: {api: string; cdn: string}): SanityHostRouting {
  return {
    apiHost: 'https://api.sanity.io',
    useProjectHostname: true,
    requestHandler: (request, next) => {
      const raw = request.url
      if (typeof raw !== 'string') return next(request)
      const url = new URL(raw)
      const match = SANITY_HOST.exec(url.hostname)
      if (!match) return next(request)
      const target = new URL(match[1]!.toLowerCase() === 'apicdn' ? targets.cdn : targets.api)
      url.protocol = target.protocol
      url.host = target.host
      return next({...request, url: url.toString()})
    },
  }
}
