import { describe, expect, it } from 'vitest'
import { MeetingSetup, meetingFromSetup, setupOf } from '@floor/shared'
import { defaultDraft, setupFromDraft } from '../../../client/src/admin/setupDraft'
import { displayOptionsOf } from '../../../client/src/display/displayOptions'

const geneva = {
  title: 'Human Rights Council, 58th session',
  timeZone: 'Europe/Zurich',
  displayLanguages: ['en', 'fr'],
  segments: [{ title: 'Interactive dialogue', startsAt: '2026-03-03T10:00:00+01:00', endsAt: '2026-03-03T13:00:00+01:00' }],
}

describe('the room display’s languages, a setting of the meeting', () => {
  it('shows the meeting’s pair unless the address names another', () => {
    expect(displayOptionsOf('', ['en', 'ru']).languages).toEqual(['en', 'ru'])
    expect(displayOptionsOf('?theme=contrast', ['en', 'fr'])).toEqual({ languages: ['en', 'fr'], theme: 'contrast' })
    expect(displayOptionsOf('?lang=ar,en', ['en', 'fr']).languages).toEqual(['ar', 'en'])
    expect(displayOptionsOf('', undefined).languages).toEqual(['en'])
  })

  it('is kept by the meeting made from a setup, and given back by its exported setup', () => {
    const made = meetingFromSetup(MeetingSetup.parse(geneva), 'hrc-58')
    if (!made.ok) throw new Error(JSON.stringify(made.issues))
    expect(made.document.meeting.displayLanguages).toEqual(['en', 'fr'])
    expect(setupOf(made.document).displayLanguages).toEqual(['en', 'fr'])
  })

  it('refuses more than two languages, or one named twice', () => {
    expect(MeetingSetup.safeParse({ ...geneva, displayLanguages: ['en', 'fr', 'ar'] }).success).toBe(false)
    expect(MeetingSetup.safeParse({ ...geneva, displayLanguages: ['en', 'en'] }).success).toBe(false)
  })

  it('comes from the setup form’s two choices, nothing when English alone', () => {
    const draft = defaultDraft('Europe/Vienna', Date.parse('2026-03-09T08:00:00Z'))
    const title = 'Commission on Narcotic Drugs'
    const setupWith = (choice: Partial<typeof draft>) => {
      const outcome = setupFromDraft({ ...draft, title, ...choice })
      if (!outcome.ok) throw new Error(JSON.stringify(outcome.issues))
      return MeetingSetup.parse(outcome.setup)
    }
    expect(setupWith({}).displayLanguages).toBeUndefined()
    expect(setupWith({ displayFirst: 'en', displaySecond: 'ru' }).displayLanguages).toEqual(['en', 'ru'])
    expect(setupWith({ displayFirst: 'ar', displaySecond: 'ar' }).displayLanguages).toEqual(['ar'])
  })
})
