import { screen, within } from '@testing-library/react'
import { beforeEach, describe, expect, it } from 'vitest'
import { groupQueueOf } from '../../support/groupMeeting'
import { queueOf } from '../../support/room'
import { openChair } from './support/chairScreen'

beforeEach(() => window.sessionStorage.clear())

const placardField = () => screen.getByRole('combobox', { name: /Find a delegation/ })
const behalf = () => screen.getByRole('combobox', { name: 'On behalf of' })
const list = () => screen.getByRole('list', { name: 'List of speakers' })

describe('a placard on behalf of a group', () => {
  it('offers the meeting’s groups, sends the one chosen with the statement, and is back to the delegation’s own after it', async () => {
    const shown = await openChair(groupQueueOf('MEX'))
    expect(behalf()).toHaveValue('')
    expect(within(behalf()).getAllByRole('option').map((option) => option.textContent)).toEqual([
      'Its own delegation',
      'Group of 77 and China',
      'European Union',
    ])

    await shown.user.selectOptions(behalf(), 'Group of 77 and China')
    await shown.user.type(placardField(), 'Fran{Enter}')
    expect(shown.connection.sent).toEqual([{ type: 'request-floor', delegationId: 'FRA', kind: 'statement', onBehalfOf: 'g77' }])
    const rows = within(list()).getAllByRole('listitem')
    expect(rows[1]).toHaveTextContent('France')
    expect(rows[1]).toHaveTextContent('on behalf of Group of 77 and China')
    expect(behalf()).toHaveValue('')

    await shown.user.type(placardField(), 'Türk{Enter}')
    expect(shown.connection.sent.at(-1)).toEqual({ type: 'request-floor', delegationId: 'TUR', kind: 'statement' })
  })

  it('is not offered for a point of order, nor in a meeting without groups', async () => {
    const shown = await openChair(groupQueueOf('MEX'))
    await shown.user.click(screen.getByRole('radio', { name: 'Point of order' }))
    expect(screen.queryByRole('combobox', { name: 'On behalf of' })).not.toBeInTheDocument()
    shown.unmount()

    await openChair(queueOf('MEX'))
    expect(screen.queryByRole('combobox', { name: 'On behalf of' })).not.toBeInTheDocument()
  })
})
