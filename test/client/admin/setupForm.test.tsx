import { screen, waitFor, within } from '@testing-library/react'
import { beforeEach, describe, expect, it } from 'vitest'
import { unRoster } from '@floor/shared'
import { todayIn, zonedIso } from '../../../client/src/time/zoneTime'
import { FakeAdminServer, openAdmin } from './support/adminScreen'

beforeEach(() => {
  window.sessionStorage.clear()
})

const form = () => screen.getByRole('region', { name: 'New meeting' })
const browserZone = Intl.DateTimeFormat().resolvedOptions().timeZone

// Typing whole forms takes a few seconds on a busy machine.
describe('a new meeting’s form', { timeout: 15_000 }, () => {
  it('starts from the UN roster, 3 minutes, 2 reserved seats and one segment today from 10:00 to 13:00', async () => {
    await openAdmin(new FakeAdminServer())
    expect(screen.getByLabelText('Title')).toHaveValue('')
    expect(screen.getByLabelText('Time zone')).toHaveValue(browserZone)
    expect(screen.getByLabelText('Default guideline')).toHaveValue('3:00')
    expect(screen.getByLabelText('Reserved stakeholder seats')).toHaveValue(2)
    expect(screen.getByLabelText('Date of segment 1')).toHaveValue(todayIn(browserZone))
    expect(screen.getByLabelText('Start of segment 1')).toHaveValue('10:00')
    expect(screen.getByLabelText('End of segment 1')).toHaveValue('13:00')
    expect(screen.getByLabelText('Segment 1 takes requests for the floor')).toBeChecked()
    expect(screen.getByLabelText(/^The UN preset: \d+/)).toBeChecked()
    expect(screen.queryByLabelText('Date of segment 2')).not.toBeInTheDocument()
  })

  it('creates a meeting from a title and a time zone alone, and shows its links with QR codes', async () => {
    const server = new FakeAdminServer()
    server.createAnswer = () => ({
      status: 201,
      body: { id: 'hrc-58', chairToken: 'c', links: { chair: 'http://floor.test/m/hrc-58/chair#token=c', display: 'http://floor.test/m/hrc-58/display', overlay: 'http://floor.test/m/hrc-58/display/overlay' } },
    })
    const { user } = await openAdmin(server)
    await user.type(screen.getByLabelText('Title'), 'Human Rights Council, 58th session')
    await user.clear(screen.getByLabelText('Time zone'))
    await user.type(screen.getByLabelText('Time zone'), 'Europe/Zurich')
    await user.click(screen.getByRole('button', { name: 'Create meeting' }))

    const today = todayIn('Europe/Zurich')
    expect(server.created).toEqual([
      {
        title: 'Human Rights Council, 58th session',
        timeZone: 'Europe/Zurich',
        defaultGuidelineSeconds: 180,
        reservedStakeholderSeats: 2,
        segments: [
          {
            title: 'Morning session',
            startsAt: zonedIso({ date: today, time: '10:00' }, 'Europe/Zurich'),
            endsAt: zonedIso({ date: today, time: '13:00' }, 'Europe/Zurich'),
            takesRequests: true,
          },
        ],
        roster: 'un',
      },
    ])
    expect((server.created[0]!.segments as Array<{ startsAt: string }>)[0]!.startsAt).toMatch(/T10:00:00\+0[12]:00$/)
    const created = await screen.findByRole('region', { name: 'Meeting created: Human Rights Council, 58th session' })
    expect(within(created).getByRole('link', { name: 'http://floor.test/m/hrc-58/chair#token=c' })).toBeInTheDocument()
    expect(await within(created).findByRole('img', { name: 'QR code of the link to the Chair console' })).toBeInTheDocument()
    expect(await within(created).findByRole('img', { name: 'QR code of the link to the Webcast overlay' })).toBeInTheDocument()
    // The list shows it, and the form is ready for the next one.
    expect(within(screen.getByRole('region', { name: 'Meetings on this server' })).getByRole('heading', { name: 'Human Rights Council, 58th session' })).toBeInTheDocument()
    expect(screen.getByLabelText('Title')).toHaveValue('')
  })

  it('shows the server’s field errors beside their fields, and takes the keyboard to the first', async () => {
    const server = new FakeAdminServer()
    server.createAnswer = () => ({
      status: 400,
      body: {
        error: {
          code: 'invalid',
          message: 'segments.1.endsAt: must end after it starts; roster.2: XYZ is not in the reference roster',
          issues: [
            { path: 'segments.1.endsAt', message: 'must end after it starts' },
            { path: 'roster.1', message: 'narnia is not in the reference roster; give it a name and a category' },
          ],
        },
      },
    })
    const { user } = await openAdmin(server)
    await user.type(screen.getByLabelText('Title'), 'Panel')
    await user.click(screen.getByRole('button', { name: /Add a segment/ }))
    await waitFor(() => expect(screen.getByLabelText('Title of segment 2')).toHaveFocus())
    await user.type(screen.getByLabelText('Title of segment 2'), 'Afternoon')
    expect(screen.getByLabelText('Start of segment 2')).toHaveValue('13:00')
    await user.click(screen.getByLabelText('Only the delegations picked below'))
    await user.type(screen.getByLabelText('Find a delegation to add'), 'Mexico{Enter}')
    await user.type(screen.getByLabelText('Find a delegation to add'), 'IOM{Enter}')
    await user.click(screen.getByRole('button', { name: 'Create meeting' }))

    const end = screen.getByLabelText('End of segment 2')
    await waitFor(() => expect(end).toHaveAttribute('aria-invalid', 'true'))
    expect(end).toHaveAccessibleDescription('must end after it starts')
    await waitFor(() => expect(end).toHaveFocus())
    expect(screen.getByLabelText('End of segment 1')).not.toHaveAttribute('aria-invalid')
    expect(form()).toHaveTextContent('Roster entry 2 (International Organization for Migration): narnia is not in the reference roster')
    expect(form()).toHaveTextContent('The meeting was not created. Fields to correct: 2')
    expect(server.created[0]!.roster).toEqual(['MEX', 'iom'])

    // Correcting the field takes its message away.
    await user.clear(end)
    await user.type(end, '17:00')
    expect(end).not.toHaveAttribute('aria-invalid')
  })

  it('checks the form before sending it: a wrong guideline and an empty title stay here', async () => {
    const server = new FakeAdminServer()
    const { user } = await openAdmin(server)
    await user.clear(screen.getByLabelText('Default guideline'))
    await user.type(screen.getByLabelText('Default guideline'), 'three minutes')
    await user.click(screen.getByRole('button', { name: 'Create meeting' }))
    expect(screen.getByLabelText('Default guideline')).toHaveAccessibleDescription(/minutes:seconds.*minutes:seconds such as 3:00/)
    expect(server.created).toEqual([])

    await user.clear(screen.getByLabelText('Default guideline'))
    await user.type(screen.getByLabelText('Default guideline'), '2:30')
    await user.click(screen.getByRole('button', { name: 'Create meeting' }))
    expect(screen.getByLabelText('Title')).toHaveAttribute('aria-invalid', 'true')
    expect(screen.getByLabelText('Default guideline')).not.toHaveAttribute('aria-invalid')
    expect(server.created).toEqual([])
  })

  it('says beside the id when a meeting with that id exists already', async () => {
    const server = new FakeAdminServer()
    server.createAnswer = () => ({ status: 409, body: { error: { code: 'conflict', message: 'A meeting with this id exists already.' } } })
    const { user } = await openAdmin(server)
    await user.type(screen.getByLabelText('Title'), 'Panel 1')
    await user.type(screen.getByLabelText('Meeting id (optional)'), 'panel-1')
    await user.click(screen.getByRole('button', { name: 'Create meeting' }))
    const id = screen.getByLabelText('Meeting id (optional)')
    await waitFor(() => expect(id).toHaveAttribute('aria-invalid', 'true'))
    expect(id).toHaveAccessibleDescription(/A meeting with this id exists already\./)
    expect(form()).toHaveTextContent('give this one another id, or another title')
  })

  it('adds delegations the reference roster lacks, after the picked ones', async () => {
    const server = new FakeAdminServer()
    const { user } = await openAdmin(server)
    await user.type(screen.getByLabelText('Title'), 'Consultation')
    await user.click(screen.getByRole('button', { name: /Add a new delegation/ }))
    await user.type(screen.getByLabelText('Name of new delegation 1'), 'Amnesty International')
    await user.click(screen.getByRole('button', { name: 'Create meeting' }))
    const roster = server.created[0]!.roster as unknown[]
    expect(roster).toHaveLength(unRoster.length + 1)
    expect(roster.at(-1)).toEqual({ name: 'Amnesty International', category: 'stakeholder' })
  })
})

describe('importing a setup', { timeout: 15_000 }, () => {
  const setup = {
    id: 'hrc-id-migrants',
    title: 'Interactive dialogue with the Special Rapporteur on migrants',
    venue: 'Room XX, Palais des Nations',
    timeZone: 'Europe/Zurich',
    defaultGuidelineSeconds: 120,
    guidelineByCategory: { stakeholder: 90 },
    segments: [
      { id: 'dialogue', title: 'Interactive dialogue', startsAt: '2017-06-19T10:00:00+02:00', endsAt: '2017-06-19T13:00:00+02:00' },
      { title: 'Concluding remarks', startsAt: '2017-06-19T13:00:00+02:00', endsAt: '2017-06-19T13:30:00+02:00', takesRequests: false },
    ],
    roster: ['MEX', 'CHE', 'iom', { name: 'Amnesty International', category: 'stakeholder' }],
  }

  it('fills the form from a JSON file, its times read in its own zone, and creates it as it was', async () => {
    const server = new FakeAdminServer()
    const { user } = await openAdmin(server)
    const file = new File([JSON.stringify(setup)], 'hrc.json', { type: 'application/json' })
    await user.upload(screen.getByLabelText('Import a setup (JSON)'), file)

    expect(await screen.findByText('hrc.json is in the form. Check it and press Create meeting.')).toBeInTheDocument()
    expect(screen.getByLabelText('Title')).toHaveValue(setup.title)
    expect(screen.getByLabelText('Venue')).toHaveValue('Room XX, Palais des Nations')
    expect(screen.getByLabelText('Time zone')).toHaveValue('Europe/Zurich')
    expect(screen.getByLabelText('Default guideline')).toHaveValue('2:00')
    expect(screen.getByLabelText('Stakeholder')).toHaveValue('1:30')
    expect(screen.getByLabelText('Date of segment 2')).toHaveValue('2017-06-19')
    expect(screen.getByLabelText('Start of segment 2')).toHaveValue('13:00')
    expect(screen.getByLabelText('End of segment 2')).toHaveValue('13:30')
    expect(screen.getByLabelText('Segment 2 takes requests for the floor')).not.toBeChecked()
    expect(screen.getByLabelText('Only the delegations picked below')).toBeChecked()
    expect(screen.getByRole('button', { name: 'Remove Mexico' })).toBeInTheDocument()
    expect(screen.getByLabelText('Name of new delegation 1')).toHaveValue('Amnesty International')

    await user.click(screen.getByRole('button', { name: 'Create meeting' }))
    expect(server.created).toEqual([
      {
        ...setup,
        reservedStakeholderSeats: 2,
        segments: setup.segments.map((s) => ({ takesRequests: true, ...s, startsAt: s.startsAt, endsAt: s.endsAt })),
      },
    ])
  })

  it('refuses a file that is not a setup, says which fields are wrong, and leaves the form as it was', async () => {
    const server = new FakeAdminServer()
    const { user } = await openAdmin(server)
    await user.type(screen.getByLabelText('Title'), 'Kept')
    const broken = { ...setup, timeZone: 'Mars/Olympus', segments: [{ title: '', startsAt: 'tomorrow', endsAt: '2017-06-19T13:00:00+02:00' }] }
    await user.upload(screen.getByLabelText('Import a setup (JSON)'), new File([JSON.stringify(broken)], 'broken.json', { type: 'application/json' }))
    const notice = await screen.findByText('broken.json is not a meeting setup. Nothing was changed:')
    const details = notice.parentElement!
    expect(details).toHaveTextContent('timeZone: an IANA time zone such as Europe/Zurich')
    expect(details).toHaveTextContent('segments.0.startsAt')
    expect(screen.getByLabelText('Title')).toHaveValue('Kept')

    await user.upload(screen.getByLabelText('Import a setup (JSON)'), new File(['{ not json'], 'notes.json', { type: 'application/json' }))
    expect(await screen.findByText('notes.json is not a JSON file. Nothing was changed.')).toBeInTheDocument()
  })
})
