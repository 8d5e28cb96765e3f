import { act, screen, within } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { panelOne } from '../../support/room'
import { openChair } from './support/chairScreen'

beforeEach(() => {
  window.sessionStorage.clear()
  window.localStorage.clear()
})
afterEach(() => vi.restoreAllMocks())

const rowOf = (name: string) => screen.getByRole('rowheader', { name: new RegExp(name) }).closest('tr') as HTMLElement

async function openTablets(options: Parameters<typeof openChair>[1] = {}) {
  const room = panelOne()
  const shown = await openChair(room, options)
  // Looked up in the page switch only: a role query over the whole console is slow in jsdom.
  await shown.user.click(within(screen.getByRole('navigation')).getByRole('button', { name: 'Tablets' }))
  return { room, ...shown }
}

describe('the Tablets page', () => {
  it('issues a tablet link, shows it with its QR code and keeps it in this browser', async () => {
    const shown = await openTablets()
    expect(screen.getByText(/disconnects any tablet still using the old link/)).toBeVisible()
    expect(within(rowOf('Mexico')).getByText('No link issued in this browser')).toBeVisible()

    await shown.user.click(screen.getByRole('button', { name: 'Issue link for Mexico' }))
    expect(shown.connection.sent).toEqual([{ type: 'issue-token', delegationId: 'MEX' }])
    const link = within(rowOf('Mexico')).getByRole('textbox', { name: 'Tablet link of Mexico' }) as HTMLInputElement
    expect(link.value).toMatch(/^http:\/\/room\.test\/delegate#token=.+/)
    const qr = await within(rowOf('Mexico')).findByRole('img', { name: 'QR code of the tablet link of Mexico' })
    expect(qr.getAttribute('src')).toMatch(/^data:image\/svg\+xml/)
    expect(window.localStorage.getItem('floor.chair.tabletLinks')).toContain(link.value)
  })

  it('shows the links this browser issued in a console opened later (another tab, or after a restart), without issuing again', async () => {
    const first = await openTablets()
    await first.user.click(screen.getByRole('button', { name: 'Issue link for Mexico' }))
    const issued = (within(rowOf('Mexico')).getByRole('textbox') as HTMLInputElement).value
    first.unmount()
    window.sessionStorage.clear() // a new tab, or the browser restarted: session storage is gone

    const later = await openTablets()
    expect(within(rowOf('Mexico')).getByRole('textbox', { name: 'Tablet link of Mexico' })).toHaveValue(issued)
    expect(later.connection.sent).toEqual([])
  })

  it('shows at once a link another tab of this browser issues', async () => {
    await openTablets()
    const url = 'http://room.test/delegate#token=from-another-tab'
    const value = JSON.stringify({ CHE: { url, issuedAt: Date.now() } })
    window.localStorage.setItem('floor.chair.tabletLinks', value)
    await act(async () => {
      window.dispatchEvent(new StorageEvent('storage', { key: 'floor.chair.tabletLinks', newValue: value }))
    })
    expect(within(rowOf('Switzerland')).getByRole('textbox', { name: 'Tablet link of Switzerland' })).toHaveValue(url)
  })

  it('asks before re-issuing, which replaces the link', async () => {
    const shown = await openTablets()
    await shown.user.click(screen.getByRole('button', { name: 'Issue link for Mexico' }))
    const first = (within(rowOf('Mexico')).getByRole('textbox') as HTMLInputElement).value

    await shown.user.click(screen.getByRole('button', { name: 'Re-issue the tablet link of Mexico' }))
    expect(shown.connection.sent).toHaveLength(1)
    await shown.user.click(within(rowOf('Mexico')).getByRole('button', { name: 'Re-issue: disconnects the tablet' }))
    expect(shown.connection.sent).toHaveLength(2)
    expect(within(rowOf('Mexico')).getByRole('textbox')).not.toHaveValue(first)
  })

  it('issues links for all the delegations shown, after saying what it will do', async () => {
    const shown = await openTablets()
    await shown.user.selectOptions(screen.getByLabelText('Category'), 'observer-state')
    expect(screen.getAllByRole('rowheader').map((cell) => cell.querySelector('.tablet-row__name')?.textContent)).toEqual([
      'Holy See',
      'State of Palestine',
    ])
    await shown.user.click(screen.getByRole('button', { name: 'Issue links for all shown (2)' }))
    expect(screen.getByText(/Tablets using older links of these delegations will be disconnected/)).toBeVisible()
    await shown.user.click(screen.getByRole('button', { name: 'Yes, issue the links (2)' }))
    expect(shown.connection.sent).toEqual([
      { type: 'issue-token', delegationId: 'VAT' },
      { type: 'issue-token', delegationId: 'PSE' },
    ])
    expect(await screen.findByText('Links issued: 2.')).toBeVisible()
    expect(screen.getByRole('button', { name: 'Print cards (2)' })).toBeEnabled()

    // The print sheet: a card per link, with name, seat and QR code.
    await shown.user.click(screen.getByRole('button', { name: 'Show the print sheet' }))
    const sheet = screen.getByRole('region', { name: /^Cards to print/ })
    const cards = within(sheet).getAllByRole('listitem')
    expect(cards.map((card) => card.querySelector('.print-card__name')?.textContent)).toEqual(['Holy See', 'State of Palestine'])
    expect(cards[0]).toHaveTextContent('Seat O1')
    expect(await within(cards[0]!).findByRole('img')).toHaveAttribute('src', expect.stringMatching(/^data:image\/svg\+xml/))
  })

  it('imports a registration list and lists the rows left out with their line numbers', async () => {
    const requests: Request[] = []
    const shown = await openTablets({
      fetch: async (input, init) => {
        requests.push(new Request(new URL(String(input), 'http://room.test'), init))
        return Response.json({
          ok: true,
          added: [{ delegationId: 'migrant-forum-in-asia', name: 'Migrant Forum in Asia' }],
          errors: [{ line: 3, message: 'The organization is missing.' }],
          alreadyListed: 1,
        })
      },
    })
    const csv = 'name,organization,category\nAna,Migrant Forum in Asia,ngo\nBo,,ngo\nCy,Médecins Sans Frontières,\n'
    await shown.user.upload(screen.getByLabelText('Choose a CSV file'), new File([csv], 'list.csv', { type: 'text/csv' }))

    expect(await screen.findByText('list.csv: added 1 · left out 1 · already on the roster 1')).toBeVisible()
    expect(screen.getByText('Migrant Forum in Asia')).toBeVisible()
    const errors = screen.getByRole('table', { name: 'Rows left out (1)' })
    expect(within(errors).getAllByRole('row')[1]).toHaveTextContent('3The organization is missing.')
    expect(requests[0]!.method).toBe('POST')
    expect(requests[0]!.url).toBe('http://room.test/api/delegations/import')
    expect(requests[0]!.headers.get('authorization')).toBe('Bearer chair-secret')
    expect(await requests[0]!.text()).toBe(csv)
  })

  it('says why an import was refused', async () => {
    const shown = await openTablets({
      fetch: async () => Response.json({ error: { code: 'invalid', message: 'The file is empty.' } }, { status: 400 }),
    })
    await shown.user.upload(screen.getByLabelText('Choose a CSV file'), new File([''], 'empty.csv', { type: 'text/csv' }))
    expect(await screen.findByRole('alert')).toHaveTextContent('empty.csv was not imported: The file is empty.')
  })
})

describe('the log', () => {
  it('lists who spoke, how long and the overrun, and exports the record with the chair’s token', async () => {
    const room = panelOne().request('MEX', 'CHE')
    room.chair({ type: 'next' })
    room.advance(200_000)
    room.chair({ type: 'next' })
    room.advance(100_000)
    const requests: string[] = []
    const shown = await openChair(room, {
      fetch: async (input, init) => {
        requests.push(`${String(input)} ${new Headers(init?.headers).get('authorization')}`)
        return new Response('delegationId,name\r\n', { headers: { 'content-type': 'text/csv' } })
      },
    })
    const log = screen.getByRole('region', { name: 'Who has spoken' })
    expect(within(log).getByRole('row', { name: /Mexico/ })).toHaveTextContent('3:20 / 3:00+0:20')
    expect(log).toHaveTextContent('Interventions: 1 · 3:20 in all · over the guideline: 1')

    const saved: string[] = []
    URL.createObjectURL = () => 'blob:export'
    URL.revokeObjectURL = () => undefined
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      saved.push(`${this.download} ${this.href}`)
    })
    await shown.user.click(within(log).getByRole('button', { name: 'CSV' }))
    await vi.waitFor(() => expect(saved).toEqual(['gcm-3-interventions.csv blob:export']))
    expect(requests).toEqual(['/api/interventions?format=csv Bearer chair-secret'])
  })
})
