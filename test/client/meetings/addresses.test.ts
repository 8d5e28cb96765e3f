import { describe, expect, it } from 'vitest'
import { meetingIdOf, routeOf } from '../../../client/src/app/routes'
import { fetchMeetingDocument, MeetingNotFound } from '../../../client/src/net/meetingDocument'
import { apiPath, pagePath } from '../../../client/src/net/meetingPaths'
import { takeToken, tokenKey } from '../../../client/src/net/token'
import { smallMeeting } from '../../support/smallMeeting'

describe('a meeting’s own addresses', () => {
  it('reads /m/:id/… as the same pages, of that meeting', () => {
    expect(routeOf('/m/hrc-55/chair')).toBe('chair')
    expect(routeOf('/m/hrc-55/delegate/')).toBe('delegate')
    expect(routeOf('/m/hrc-55/display')).toBe('display')
    expect(routeOf('/m/hrc-55/display/overlay')).toBe('overlay')
    expect(meetingIdOf('/m/hrc-55/display/overlay')).toBe('hrc-55')
    expect(meetingIdOf('/m/hrc-55/chair/')).toBe('hrc-55')
  })

  it('keeps the version-1 paths for the default meeting', () => {
    expect(routeOf('/chair')).toBe('chair')
    expect(meetingIdOf('/chair')).toBeNull()
    expect(meetingIdOf('/display/overlay')).toBeNull()
    expect(meetingIdOf('/')).toBeNull()
  })

  it('finds no page at a meeting path that is not one of its pages, or with an id the protocol does not allow', () => {
    expect(routeOf('/m/hrc-55')).toBe('not-found')
    expect(routeOf('/m/hrc-55/')).toBe('not-found')
    expect(routeOf('/m/hrc-55/admin')).toBe('not-found')
    expect(routeOf('/m/hrc-55/m/other/chair')).toBe('not-found')
    expect(routeOf('/m/HRC/chair')).toBe('not-found')
    expect(routeOf('/m/ab/chair')).toBe('not-found')
    expect(routeOf('/m/hrc 55/chair')).toBe('not-found')
  })

  it('draws every link and API path within the meeting', () => {
    expect(pagePath('hrc-55', 'display')).toBe('/m/hrc-55/display')
    expect(pagePath('hrc-55', 'overlay')).toBe('/m/hrc-55/display/overlay')
    expect(pagePath(null, 'overlay')).toBe('/display/overlay')
    expect(pagePath(null, 'chair')).toBe('/chair')
    expect(apiPath('hrc-55', 'document')).toBe('/api/meetings/hrc-55')
    expect(apiPath('hrc-55', 'interventions')).toBe('/api/meetings/hrc-55/interventions')
    expect(apiPath('hrc-55', 'import')).toBe('/api/meetings/hrc-55/delegations/import')
    expect(apiPath(null, 'document')).toBe('/api/meeting')
    expect(apiPath(null, 'interventions')).toBe('/api/interventions')
  })
})

describe('tokens, kept per meeting', () => {
  function browser(pathname: string, hash: string, stored = new Map<string, string>()) {
    return {
      location: { hash, pathname, search: '' },
      storage: { getItem: (key: string) => stored.get(key) ?? null, setItem: (key: string, value: string) => void stored.set(key, value) },
      history: { state: null, replaceState: () => undefined },
      stored,
    }
  }

  it('keeps two meetings’ chair tokens apart in one browser, and the default meeting under its old key', () => {
    const stored = new Map<string, string>()
    const hrc = browser('/m/hrc-55/chair', '#token=hrc-secret', stored)
    expect(takeToken({ scope: 'chair', meetingId: 'hrc-55' }, hrc.location, hrc.storage, hrc.history)).toBe('hrc-secret')
    const gcm = browser('/chair', '#token=gcm-secret', stored)
    expect(takeToken({ scope: 'chair', meetingId: null }, gcm.location, gcm.storage, gcm.history)).toBe('gcm-secret')

    expect(stored.get('floor.token.chair')).toBe('gcm-secret')
    expect(stored.get('floor.token.chair.hrc-55')).toBe('hrc-secret')
    const reload = (pathname: string, meetingId: string | null) => {
      const b = browser(pathname, '', stored)
      return takeToken({ scope: 'chair', meetingId }, b.location, b.storage, b.history)
    }
    expect(reload('/m/hrc-55/chair', 'hrc-55')).toBe('hrc-secret')
    expect(reload('/chair', null)).toBe('gcm-secret')
    expect(reload('/m/cop-29/chair', 'cop-29')).toBeNull()
  })

  it('names each key by scope and meeting', () => {
    expect(tokenKey({ scope: 'delegate', meetingId: null })).toBe('floor.token.delegate')
    expect(tokenKey({ scope: 'delegate', meetingId: 'hrc-55' })).toBe('floor.token.delegate.hrc-55')
  })
})

describe('the meeting document', () => {
  const answering = (status: number, body: unknown, asked: string[]) =>
    ((input: RequestInfo | URL) => {
      asked.push(String(input))
      return Promise.resolve(new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } }))
    }) as typeof fetch

  it('comes from the meeting’s own route, or /api/meeting for the default meeting', async () => {
    const asked: string[] = []
    await expect(fetchMeetingDocument('hrc-55', answering(200, smallMeeting, asked))).resolves.toEqual(smallMeeting)
    await expect(fetchMeetingDocument(null, answering(200, smallMeeting, asked))).resolves.toEqual(smallMeeting)
    expect(asked).toEqual(['/api/meetings/hrc-55', '/api/meeting'])
  })

  it('says when the server has no such meeting', async () => {
    const missing = fetchMeetingDocument('nope-1', answering(404, { error: { code: 'not_found' } }, []))
    await expect(missing).rejects.toBeInstanceOf(MeetingNotFound)
  })
})
