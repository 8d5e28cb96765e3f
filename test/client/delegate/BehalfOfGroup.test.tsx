import { act, fireEvent, screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { viewFor } from '@floor/shared'
import { groupMeeting, groupQueueOf } from '../../support/groupMeeting'
import { queueOf } from '../../support/room'
import { elapse } from '../support/screens'
import { tabletOf } from './support/tablet'

/** A tap, and whatever the server answers and broadcasts in return. */
async function press(element: HTMLElement): Promise<void> {
  await act(async () => {
    fireEvent.click(element)
  })
  await elapse(0)
}

async function choose(select: HTMLElement, value: string): Promise<void> {
  await act(async () => {
    fireEvent.change(select, { target: { value } })
  })
}

const behalf = () => screen.getByRole('combobox', { name: 'Speaking on behalf of' })

describe('the tablet in a meeting with groups', () => {
  it('asks on the delegation’s own behalf unless a group is chosen', async () => {
    const { connection } = await tabletOf(groupQueueOf('CHE'), 'MEX', { meeting: groupMeeting })
    expect(behalf()).toHaveValue('')
    expect(within(behalf()).getAllByRole('option').map((option) => option.textContent)).toEqual([
      'My delegation',
      'Group of 77 and China',
      'European Union',
    ])
    await press(screen.getByRole('button', { name: 'Request the floor' }))
    expect(connection.sent).toEqual([{ type: 'request-floor', kind: 'statement' }])
  })

  it('asks on behalf of the group chosen, and the chair’s list says so', async () => {
    const room = groupQueueOf('CHE')
    const { connection, server } = await tabletOf(room, 'MEX', { meeting: groupMeeting })
    await choose(behalf(), 'g77')
    await press(screen.getByRole('button', { name: 'Request the floor' }))
    expect(connection.sent).toEqual([{ type: 'request-floor', kind: 'statement', onBehalfOf: 'g77' }])
    expect(screen.getByRole('status')).toHaveTextContent('Your request is on the list.')
    expect(screen.getByText('On behalf of Group of 77 and China')).toBeVisible()
    expect(viewFor(server.host.state, 'chair', undefined, Date.now()).queue.at(-1)).toMatchObject({
      delegationId: 'MEX',
      onBehalfOf: { id: 'g77', name: 'Group of 77 and China' },
    })
  })

  it('offers no choice while the statement waits', async () => {
    await tabletOf(groupQueueOf('CHE', 'MEX'), 'MEX', { meeting: groupMeeting })
    expect(screen.queryByRole('combobox', { name: 'Speaking on behalf of' })).toBeNull()
  })

  it('offers no choice in a meeting without groups', async () => {
    await tabletOf(queueOf('CHE'), 'MEX')
    expect(screen.getByRole('button', { name: 'Request the floor' })).toBeEnabled()
    expect(screen.queryByRole('combobox', { name: 'Speaking on behalf of' })).toBeNull()
  })
})
