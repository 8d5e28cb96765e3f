import { describe, expect, it } from 'vitest'
import { meetingFromSetup, MeetingSetup, type MeetingDocument } from '@floor/shared'
import { expectAccepted } from '../support/expectAccepted'
import { expectRefused, Room } from '../support/room'
import { smallMeeting } from '../support/smallMeeting'

const groups = [
  { id: 'g77', name: 'Group of 77 and China' },
  { id: 'eu', name: 'European Union' },
]

function meetingWithGroups(groupStatementsFirst: boolean): Room {
  const document: MeetingDocument = { ...smallMeeting, meeting: { ...smallMeeting.meeting, groups, groupStatementsFirst } }
  const room = new Room(document)
  expectAccepted(room.chair({ type: 'set-segment', segmentId: 'panel-1' }))
  return room
}

describe('statements on behalf of a group (extension)', () => {
  it('says on the list on behalf of which group a delegation speaks, and keeps it on the floor', () => {
    const room = meetingWithGroups(false)
    expectAccepted(room.tablet('MEX', { type: 'request-floor', onBehalfOf: 'g77' }))
    expect(room.view().queue[0]?.onBehalfOf).toEqual({ id: 'g77', name: 'Group of 77 and China' })
    expect(room.view('display').queue[0]?.onBehalfOf?.name).toBe('Group of 77 and China')
    room.chair({ type: 'next' })
    expect(room.view().floor?.onBehalfOf?.id).toBe('g77')
  })

  it('refuses a group the meeting does not have, and a point of order on behalf of a group', () => {
    const room = meetingWithGroups(false)
    expectRefused(room.tablet('MEX', { type: 'request-floor', onBehalfOf: 'nam' }), 'not_found')
    expectRefused(room.tablet('MEX', { type: 'request-floor', kind: 'point-of-order', onBehalfOf: 'g77' }), 'invalid')
  })

  it('without the setting, a group statement is ranked as any other', () => {
    const room = meetingWithGroups(false)
    room.request('CHE', 'msf')
    room.tablet('VAT', { type: 'request-floor', onBehalfOf: 'eu' })
    expect(room.order()).toEqual(['CHE', 'VAT', 'msf'])
  })

  it('with the setting, group statements come first within the statements band, first come first served', () => {
    const room = meetingWithGroups(true)
    room.request('CHE', 'msf')
    room.tablet('VAT', { type: 'request-floor', kind: 'point-of-order' })
    room.tablet('FRA', { type: 'request-floor', onBehalfOf: 'eu' })
    room.tablet('iom', { type: 'request-floor', onBehalfOf: 'g77' })
    room.tablet('MEX', { type: 'request-floor' })
    expect(room.order()).toEqual(['VAT', 'FRA', 'iom', 'CHE', 'MEX', 'msf'])
  })

  it('accepts groups in a setup, ids made from the names, and refuses an id used twice', () => {
    const setup = MeetingSetup.parse({
      title: 'Second Committee',
      timeZone: 'America/New_York',
      groups: [{ name: 'Group of 77 and China' }, { id: 'eu', name: 'European Union' }],
      groupStatementsFirst: true,
      segments: [{ title: 'General debate', startsAt: '2026-10-05T10:00:00-04:00', endsAt: '2026-10-05T13:00:00-04:00' }],
      roster: ['MEX'],
    })
    const made = meetingFromSetup(setup, 'second-committee')
    if (!made.ok) throw new Error(JSON.stringify(made.issues))
    expect(made.document.meeting.groups).toEqual([
      { id: 'group-of-77-and-china', name: 'Group of 77 and China' },
      { id: 'eu', name: 'European Union' },
    ])
    expect(made.document.meeting.groupStatementsFirst).toBe(true)
    const twice = meetingFromSetup({ ...setup, groups: [{ id: 'eu', name: 'EU' }, { id: 'eu', name: 'European Union' }] }, 'x-meeting')
    expect(twice).toMatchObject({ ok: false, issues: [{ path: 'groups.1.id' }] })
  })
})
