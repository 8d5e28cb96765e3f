import { describe, expect, it } from 'vitest'
import { demoMeeting, MeetingDocument } from '@floor/shared'
import { Room } from '../../support/room'
import { expectAccepted } from '../../support/expectAccepted'

const document = demoMeeting()

/** The note's "Organization of work", with Day 2 on 20 June (see the programme's comment). */
const organizationOfWork = [
  ['day1-opening', '2017-06-19', '10:00', '10:15', false],
  ['panel-1', '2017-06-19', '10:15', '13:00', true],
  ['day1-lunch', '2017-06-19', '13:00', '15:00', false],
  ['panel-2', '2017-06-19', '15:00', '17:50', true],
  ['day1-closing', '2017-06-19', '17:50', '18:00', false],
  ['day2-stakeholder-dialogue', '2017-06-20', '09:00', '10:00', true],
  ['day2-welcome', '2017-06-20', '10:00', '10:05', false],
  ['panel-3', '2017-06-20', '10:05', '13:00', true],
  ['day2-lunch', '2017-06-20', '13:00', '15:00', false],
  ['summary-panel', '2017-06-20', '15:00', '17:50', true],
  ['day2-closing', '2017-06-20', '17:50', '18:00', false],
] as const

/** Date and wall-clock time of an instant in Geneva. */
function inGeneva(iso: string): { date: string; time: string } {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Zurich',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(Date.parse(iso))
  const part = (type: string) => parts.find((p) => p.type === type)?.value
  return { date: `${part('year')}-${part('month')}-${part('day')}`, time: `${part('hour')}:${part('minute')}` }
}

describe('the programme of the third informal thematic session', () => {
  it('has the segments of both days in the order of the note', () => {
    expect(document.segments.map((s) => s.id)).toEqual(organizationOfWork.map(([id]) => id))
  })

  it.each(organizationOfWork)('%s: %s, %s-%s Geneva time, takes requests: %s', (id, date, start, end, takesRequests) => {
    const segment = document.segments.find((s) => s.id === id)
    expect(segment?.startsAt).toBe(`${date}T${start}:00+02:00`)
    expect(segment?.endsAt).toBe(`${date}T${end}:00+02:00`)
    expect(inGeneva(segment?.startsAt ?? '')).toEqual({ date, time: start })
    expect(inGeneva(segment?.endsAt ?? '')).toEqual({ date, time: end })
    expect(segment?.takesRequests).toBe(takesRequests)
    expect(segment?.day).toBe(date === '2017-06-19' ? 1 : 2)
  })

  it('holds the dialogue with stakeholders without interpretation', () => {
    const dialogue = document.segments.find((s) => s.id === 'day2-stakeholder-dialogue')
    expect(dialogue?.interpretation).toBe(false)
    const interpreted = document.segments.filter((s) => s.interpretation === true).map((s) => s.id)
    expect(interpreted).toContain('panel-1')
  })

  it('names the moderators and panelists the note gives', () => {
    const panel = (id: string) => document.segments.find((s) => s.id === id)
    expect(panel('panel-1')?.moderator?.name).toContain('Ola Henrikson')
    expect(panel('panel-1')?.panelists?.map((p) => p.name)).toEqual(['Gregory Maniatis', 'Ms. Margareta Wahlström'])
    expect(panel('panel-2')?.panelists?.[0]).toMatchObject({ name: 'Ms. Raquel Ayora' })
    expect(panel('panel-3')?.moderator?.affiliation).toContain('United Arab Emirates')
    expect(panel('panel-3')?.panelists?.map((p) => p.affiliation).join(' ')).toMatch(/GRITIM.*PSI.*COPARMEX/)
    expect(panel('summary-panel')?.panelists?.[0]?.name).toBe('Dr. Khalid Koser')
    expect(panel('day1-opening')?.speakers?.map((p) => p.name)).toEqual([
      'H.E. Mr. Juan José Gómez Camacho',
      'H.E. Mr. Jürg Lauber',
      'Ms. Louise Arbour',
    ])
  })
})

describe('the demo meeting document', () => {
  it('is the session in Room XIX and validates against the protocol', () => {
    expect(document.meeting).toMatchObject({
      id: 'gcm-thematic-3',
      venue: 'Room XIX, Palais des Nations, Geneva',
      timeZone: 'Europe/Zurich',
      defaultGuidelineSeconds: 180,
      reservedStakeholderSeats: 2,
    })
    const parsed = MeetingDocument.safeParse(document)
    expect(parsed.success).toBe(true)
    expect(parsed.data).toEqual(document)
  })

  it('is the same on every call and does not share state between calls', () => {
    const [opening] = demoMeeting().segments
    if (opening) opening.title = 'changed'
    expect(demoMeeting()).toEqual(document)
  })

  it('seeds the domain: a stakeholder asks during panel 1 and is called to a reserved seat', () => {
    const room = new Room(document)
    expectAccepted(room.chair({ type: 'set-segment', segmentId: 'panel-1' }))
    room.request('msf', 'MEX', 'VAT', 'unhcr')
    expect(room.order()).toEqual(['MEX', 'VAT', 'unhcr', 'msf'])
    expectAccepted(room.chair({ type: 'call-to-seat', requestId: room.requestIdOf('msf') }))
  })
})
