import { screen, waitFor } from '@testing-library/react'
import { beforeEach, describe, expect, it } from 'vitest'
import { MeetingSetup } from '@floor/shared'
import { FakeAdminServer, openAdmin } from './support/adminScreen'

beforeEach(() => {
  window.sessionStorage.clear()
})

// Typing whole forms takes a few seconds on a busy machine.
describe('groups on the setup page', { timeout: 15_000 }, () => {
  it('sends the groups typed, an id only where one is given, and whether their statements come first', async () => {
    const server = new FakeAdminServer()
    const { user } = await openAdmin(server)
    await user.type(screen.getByLabelText('Title'), 'Second Committee')
    expect(screen.getByLabelText('Group statements first')).not.toBeChecked()

    await user.click(screen.getByRole('button', { name: /Add a group/ }))
    await waitFor(() => expect(screen.getByLabelText('Name of group 1')).toHaveFocus())
    await user.keyboard('Group of 77 and China')
    await user.click(screen.getByRole('button', { name: /Add a group/ }))
    await user.type(screen.getByLabelText('Name of group 2'), 'Alliance of Small Island States')
    await user.click(screen.getByRole('button', { name: /Add a group/ }))
    await user.type(screen.getByLabelText('Name of group 3'), 'European Union')
    await user.type(screen.getByLabelText('Id of group 3 (optional)'), 'eu')
    await user.click(screen.getByRole('button', { name: 'Remove group 2' }))
    expect(screen.queryByLabelText('Name of group 3')).not.toBeInTheDocument()
    await user.click(screen.getByLabelText('Group statements first'))
    await user.click(screen.getByRole('button', { name: 'Create meeting' }))

    expect(server.created).toHaveLength(1)
    const sent = server.created[0]!
    expect(sent.groups).toEqual([{ name: 'Group of 77 and China' }, { id: 'eu', name: 'European Union' }])
    expect(sent.groupStatementsFirst).toBe(true)
    expect(MeetingSetup.safeParse(sent).success).toBe(true)
  })

  it('sends neither without groups and without the setting', async () => {
    const server = new FakeAdminServer()
    const { user } = await openAdmin(server)
    await user.type(screen.getByLabelText('Title'), 'Second Committee')
    await user.click(screen.getByRole('button', { name: 'Create meeting' }))
    expect(server.created[0]).not.toHaveProperty('groups')
    expect(server.created[0]).not.toHaveProperty('groupStatementsFirst')
  })

  it('shows a refused group id beside its field', async () => {
    const server = new FakeAdminServer()
    server.createAnswer = () => ({
      status: 400,
      body: { error: { code: 'invalid', message: 'invalid setup', issues: [{ path: 'groups.0.id', message: 'a group id is 1-40 characters of a-z, 0-9 and -' }] } },
    })
    const { user } = await openAdmin(server)
    await user.type(screen.getByLabelText('Title'), 'Second Committee')
    await user.click(screen.getByRole('button', { name: /Add a group/ }))
    await user.type(screen.getByLabelText('Name of group 1'), 'European Union')
    await user.type(screen.getByLabelText('Id of group 1 (optional)'), 'EU')
    await user.click(screen.getByRole('button', { name: 'Create meeting' }))
    const id = screen.getByLabelText('Id of group 1 (optional)')
    expect(id).toHaveAttribute('aria-invalid', 'true')
    expect(id).toHaveAccessibleDescription(/a group id is 1-40 characters/)
  })

  it('come back from an imported setup, and go out again as they were', async () => {
    const setup = {
      title: 'Second Committee',
      timeZone: 'America/New_York',
      groups: [{ id: 'g77', name: 'Group of 77 and China' }, { name: 'African Group' }],
      groupStatementsFirst: true,
      segments: [{ title: 'General debate', startsAt: '2026-10-05T10:00:00-04:00', endsAt: '2026-10-05T13:00:00-04:00' }],
    }
    const server = new FakeAdminServer()
    const { user } = await openAdmin(server)
    await user.upload(screen.getByLabelText('Import a setup (JSON)'), new File([JSON.stringify(setup)], 'second.json', { type: 'application/json' }))
    expect(await screen.findByText('second.json is in the form. Check it and press Create meeting.')).toBeInTheDocument()
    expect(screen.getByLabelText('Name of group 1')).toHaveValue('Group of 77 and China')
    expect(screen.getByLabelText('Id of group 1 (optional)')).toHaveValue('g77')
    expect(screen.getByLabelText('Name of group 2')).toHaveValue('African Group')
    expect(screen.getByLabelText('Id of group 2 (optional)')).toHaveValue('')
    expect(screen.getByLabelText('Group statements first')).toBeChecked()

    await user.click(screen.getByRole('button', { name: 'Create meeting' }))
    expect(server.created[0]!.groups).toEqual(setup.groups)
    expect(server.created[0]!.groupStatementsFirst).toBe(true)
  })
})
