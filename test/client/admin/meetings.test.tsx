import { screen, waitFor, within } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { adminToken, FakeAdminServer, openAdmin, summary } from './support/adminScreen'

const hrc = summary(
  'hrc-id-migrants',
  'Interactive dialogue with the Special Rapporteur on migrants',
  'Europe/Zurich',
  '2017-06-19T10:00:00+02:00',
  '2017-06-19T13:00:00+02:00',
  { venue: 'Room XX, Palais des Nations' },
)
const unga = summary('unga-third', 'Third Committee', 'America/New_York', '2026-10-05T10:00:00-04:00', '2026-10-05T13:00:00-04:00', {
  archived: true,
})

beforeEach(() => {
  window.sessionStorage.clear()
})
afterEach(() => {
  vi.restoreAllMocks()
  // jsdom has no object URLs; the export test lends them.
  Reflect.deleteProperty(URL, 'createObjectURL')
  Reflect.deleteProperty(URL, 'revokeObjectURL')
})

describe('signing in to the setup page', () => {
  it('takes the admin token from the link, keeps it in this tab and takes it out of the address bar', async () => {
    const server = new FakeAdminServer([hrc])
    await openAdmin(server)
    expect(window.location.hash).toBe('')
    expect(window.location.href).not.toContain(adminToken)
    expect(window.sessionStorage.getItem('floor.token.admin')).toBe(adminToken)
  })

  it('asks for the admin token when opened without it, and takes a pasted setup link', async () => {
    const server = new FakeAdminServer([hrc])
    const { user } = await openAdmin(server, '/admin')
    expect(screen.getByRole('alert')).toHaveTextContent('This page needs the admin link')
    expect(server.calls).toEqual([])

    await user.type(screen.getByLabelText('Admin link or token'), `http://10.0.0.5:3000/admin#token=${adminToken}{Enter}`)
    expect(await screen.findByRole('heading', { name: hrc.title })).toBeInTheDocument()
    expect(window.sessionStorage.getItem('floor.token.admin')).toBe(adminToken)
  })

  it('goes back to signing in when the server refuses the token', async () => {
    const server = new FakeAdminServer([hrc])
    const { user } = await openAdmin(server, '/admin#token=wrong-one')
    await user.click(await screen.findByRole('button', { name: 'Links and QR codes' }))
    expect(await screen.findByRole('alert')).toHaveTextContent('The server refused this admin token')
    expect(window.sessionStorage.getItem('floor.token.admin')).toBeNull()
  })
})

describe('the meetings on the server', () => {
  it('lists each meeting with its dates in its own time zone, its venue, and whether it is archived', async () => {
    await openAdmin(new FakeAdminServer([hrc, unga]))
    const list = screen.getByRole('region', { name: 'Meetings on this server' })
    const [first, second] = within(list).getAllByRole('listitem')
    expect(first).toHaveTextContent(hrc.title)
    expect(first).toHaveTextContent(/19 Jun 2017, 10:00\s*–\s*13:00/)
    expect(first).toHaveTextContent('Europe/Zurich')
    expect(first).toHaveTextContent('Room XX, Palais des Nations')
    expect(first).not.toHaveTextContent('Archived')
    expect(second).toHaveTextContent(/5 Oct 2026, 10:00\s*–\s*13:00/)
    expect(second).toHaveTextContent('Archived')
    expect(within(second!).queryByRole('button', { name: 'Archive…' })).not.toBeInTheDocument()
  })

  it('shows titles as text, never as markup', async () => {
    const title = '<img src=x onerror=alert(1)> Session'
    await openAdmin(new FakeAdminServer([{ ...hrc, title }]))
    expect(screen.getByRole('heading', { name: title })).toBeInTheDocument()
    expect(document.querySelector('img[src=x]')).toBeNull()
  })

  it('shows a meeting’s chair, display and overlay links with their QR codes', async () => {
    const server = new FakeAdminServer([hrc])
    const { user } = await openAdmin(server)
    await user.click(screen.getByRole('button', { name: 'Links and QR codes' }))
    expect(await screen.findByRole('link', { name: /\/m\/hrc-id-migrants\/chair#token=chair-of-hrc-id-migrants$/ })).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'http://floor.test/m/hrc-id-migrants/display' })).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'http://floor.test/m/hrc-id-migrants/display/overlay' })).toBeInTheDocument()
    expect(await screen.findByRole('img', { name: 'QR code of the link to the Chair console' })).toHaveAttribute('src', expect.stringMatching(/^data:image\/svg/))
    expect(await screen.findByRole('img', { name: 'QR code of the link to the Room display' })).toBeInTheDocument()
    expect(server.calls.at(-1)).toMatchObject({ path: '/api/meetings/hrc-id-migrants/links', authorization: `Bearer ${adminToken}` })

    await user.click(screen.getByRole('button', { name: 'Hide links' }))
    expect(screen.queryByRole('link', { name: /display$/ })).not.toBeInTheDocument()
  })

  it('exports a meeting’s setup as a JSON file, with the admin token', async () => {
    const saved: Blob[] = []
    Object.assign(URL, { createObjectURL: (blob: Blob) => (saved.push(blob), 'blob:setup'), revokeObjectURL: () => undefined })
    const downloads: string[] = []
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      downloads.push(this.download)
    })
    const server = new FakeAdminServer([hrc])
    const { user } = await openAdmin(server)
    await user.click(screen.getByRole('button', { name: 'Export setup' }))
    expect(await screen.findByText('Saved hrc-id-migrants-setup.json.')).toBeInTheDocument()
    expect(server.calls.at(-1)).toMatchObject({ method: 'GET', path: '/api/meetings/hrc-id-migrants/setup', authorization: `Bearer ${adminToken}` })
    expect(downloads).toEqual(['hrc-id-migrants-setup.json'])
    expect(JSON.parse(await saved[0]!.text())).toMatchObject({ id: 'hrc-id-migrants', timeZone: 'Europe/Zurich' })
  })

  it('archives a meeting only after a confirmation, and shows it archived', async () => {
    const server = new FakeAdminServer([hrc])
    const { user } = await openAdmin(server)
    await user.click(screen.getByRole('button', { name: 'Archive…' }))
    const confirm = screen.getByRole('alertdialog')
    expect(confirm).toHaveTextContent(`Archive “${hrc.title}”?`)
    expect(within(confirm).getByRole('button', { name: 'Cancel' })).toHaveFocus()
    await user.keyboard('{Enter}')
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Archive…' })).toHaveFocus()
    expect(server.calls.some((c) => c.path.endsWith('/archive'))).toBe(false)

    await user.click(screen.getByRole('button', { name: 'Archive…' }))
    await user.click(screen.getByRole('button', { name: 'Yes, archive it' }))
    await waitFor(() => expect(screen.getByRole('region', { name: 'Meetings on this server' })).toHaveTextContent('Archived'))
    expect(server.calls.find((c) => c.path.endsWith('/archive'))).toMatchObject({ method: 'POST', authorization: `Bearer ${adminToken}` })
    expect(screen.getByText(`“${hrc.title}” is archived.`)).toBeInTheDocument()
  })
})
