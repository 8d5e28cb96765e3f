import { screen, within } from '@testing-library/react'
import { beforeEach, describe, expect, it } from 'vitest'
import { queueOf } from '../../support/room'
import { openChair } from './support/chairScreen'

beforeEach(() => window.sessionStorage.clear())

const placardField = () => screen.getByRole('combobox', { name: /Find a delegation/ })
const options = () => within(screen.getByRole('listbox')).getAllByRole('option')
const list = () => screen.getByRole('list', { name: 'List of speakers' })

describe('placards', () => {
  it.each([
    ['by name, accents or not', 'tür'],
    ['by its code', 'TUR'],
    ['by its seat', '3'],
    ['by its name in another language', 'turq'],
  ])('finds Türkiye %s and adds it with Enter', async (_how, typed) => {
    const room = queueOf('MEX')
    const shown = await openChair(room)
    await shown.user.keyboard('/')
    expect(placardField()).toHaveFocus()
    await shown.user.keyboard(typed)
    expect(options()[0]).toHaveTextContent('Türkiye')
    expect(options()[0]).toHaveAttribute('aria-selected', 'true')

    await shown.user.keyboard('{Enter}')
    expect(shown.connection.sent).toEqual([{ type: 'request-floor', delegationId: 'TUR', kind: 'statement' }])
    expect(within(list()).getAllByRole('listitem').map((row) => row.textContent)).toEqual([
      expect.stringContaining('Mexico'),
      expect.stringContaining('Türkiye'),
    ])
    expect(screen.getByText('Türkiye added to the list.')).toHaveAttribute('role', 'status')
    expect(placardField()).toHaveValue('')
    expect(placardField()).toHaveFocus()
  })

  it('shows the name that matched in another language', async () => {
    const shown = await openChair(queueOf('MEX'))
    await shown.user.type(placardField(), 'turq')
    expect(options()[0]).toHaveTextContent('Türkiye · Turquie')
  })

  it('takes the arrow keys to choose among several, and the kind with Alt+P or Alt+R', async () => {
    const room = queueOf('MEX')
    const shown = await openChair(room)
    await shown.user.type(placardField(), 'stakeholder-less text')
    expect(screen.getByText('No delegation found.')).toBeVisible()

    await shown.user.clear(placardField())
    await shown.user.type(placardField(), 'Fr')
    await shown.user.keyboard('{Alt>}p{/Alt}')
    expect(screen.getByRole('radio', { name: 'Point of order' })).toBeChecked()
    await shown.user.keyboard('{Enter}')
    expect(shown.connection.sent).toEqual([{ type: 'request-floor', delegationId: 'FRA', kind: 'point-of-order' }])
    const first = within(list()).getAllByRole('listitem')[0]!
    expect(first).toHaveTextContent('France')
    expect(first).toHaveTextContent('Point of order')
    // Back to a statement for the next placard.
    expect(screen.getByRole('radio', { name: 'Statement' })).toBeChecked()

    await shown.user.type(placardField(), 'Médecins')
    await shown.user.keyboard('{ArrowDown}{ArrowUp}{Enter}')
    expect(shown.connection.sent[1]).toEqual({ type: 'request-floor', delegationId: 'msf', kind: 'statement' })
  })

  it('says so when the delegation is already waiting', async () => {
    const shown = await openChair(queueOf('MEX'))
    await shown.user.type(placardField(), 'mex')
    expect(options()[0]).toHaveTextContent('waiting, no. 1')
    await shown.user.keyboard('{Enter}')
    expect(screen.getByText('Mexico was already on the list.')).toHaveAttribute('role', 'status')
  })
})
