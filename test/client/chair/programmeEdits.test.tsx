import { act, fireEvent, screen, within } from '@testing-library/react'
import { beforeEach, describe, expect, it } from 'vitest'
import { panelOne } from '../../support/room'
import { openChair } from './support/chairScreen'

beforeEach(() => window.sessionStorage.clear())

const programme = () => screen.getByRole('region', { name: /Programme/ })
const segmentTexts = () =>
  within(programme())
    .getAllByRole('listitem')
    .map((item) => within(item).getAllByRole('button')[0]!.textContent)
const form = () => within(programme()).getByRole('form', { name: /^(New segment|Edit the segment)$/ })
const setField = (label: string, value: string) => fireEvent.change(within(form()).getByLabelText(label), { target: { value } })

describe('editing the programme during the meeting', () => {
  it('adds a segment from its title, date and times in the meeting’s zone', async () => {
    const shown = await openChair(panelOne())
    await shown.user.click(within(programme()).getByRole('button', { name: 'Add a segment' }))
    expect(within(form()).getByLabelText('Title')).toHaveFocus()
    expect(within(form()).getByLabelText('Date')).toHaveValue('2017-06-19')
    expect(within(form()).getByLabelText('Starts')).toHaveValue('17:50')
    expect(within(form()).getByRole('group', { name: 'Times in Europe/Zurich' })).toBeVisible()

    await shown.user.type(within(form()).getByLabelText('Title'), 'Closing')
    setField('Starts', '18:00')
    setField('Ends', '19:00')
    await shown.user.click(within(form()).getByRole('button', { name: 'Add segment' }))

    expect(shown.connection.sent).toEqual([
      { type: 'add-segment', title: 'Closing', startsAt: '2017-06-19T18:00:00+02:00', endsAt: '2017-06-19T19:00:00+02:00', takesRequests: true },
    ])
    expect(await within(programme()).findByText('Closing')).toBeVisible()
    expect(segmentTexts().at(-1)).toContain('18:00–19:00Closing')
    expect(within(programme()).queryByRole('form', { name: /segment/ })).toBeNull()
  })

  it('shows a segment another co-facilitator added, without a reload', async () => {
    const shown = await openChair(panelOne())
    const added = await act(() => shown.server.execute(
      { type: 'add-segment', title: 'Informal consultations', startsAt: '2017-06-19T18:00:00+02:00', endsAt: '2017-06-19T19:30:00+02:00' },
      { role: 'chair' },
    ))
    expect(added.ok).toBe(true)
    expect(await within(programme()).findByText('Informal consultations')).toBeVisible()
  })

  it('changes only what was edited: a title, an end, whether it takes requests', async () => {
    const shown = await openChair(panelOne())
    await shown.user.click(within(programme()).getByRole('button', { name: 'Edit Lunch' }))
    expect(within(form()).getByLabelText('Title')).toHaveValue('Lunch')
    expect(within(form()).getByLabelText('Ends')).toHaveValue('15:00')
    expect(within(form()).getByLabelText('Delegations may ask for the floor')).not.toBeChecked()

    await shown.user.clear(within(form()).getByLabelText('Title'))
    await shown.user.type(within(form()).getByLabelText('Title'), 'Lunch break')
    setField('Ends', '14:30')
    await shown.user.click(within(form()).getByLabelText('Delegations may ask for the floor'))
    await shown.user.click(within(form()).getByRole('button', { name: 'Save' }))

    expect(shown.connection.sent).toEqual([
      { type: 'update-segment', segmentId: 'lunch-1', title: 'Lunch break', endsAt: '2017-06-19T14:30:00+02:00', takesRequests: true },
    ])
    expect(await within(programme()).findByText('Lunch break')).toBeVisible()
    expect(segmentTexts()[1]).toBe('13:00–14:30Lunch break')
  })

  it('removes a segment after asking', async () => {
    const shown = await openChair(panelOne())
    await shown.user.click(within(programme()).getByRole('button', { name: 'Edit Lunch' }))
    await shown.user.click(within(form()).getByRole('button', { name: 'Remove this segment' }))
    expect(shown.connection.sent).toEqual([])
    await shown.user.click(within(form()).getByRole('button', { name: 'Remove “Lunch” for good' }))
    expect(shown.connection.sent).toEqual([{ type: 'remove-segment', segmentId: 'lunch-1' }])
    await within(programme()).findByRole('button', { name: 'Add a segment' })
    expect(segmentTexts()).toEqual([expect.stringContaining('Panel 1'), expect.stringContaining('Panel 2')])
  })

  it('shows the server’s refusal when the chair removes the active segment, which stays', async () => {
    const shown = await openChair(panelOne())
    await shown.user.click(within(programme()).getByRole('button', { name: 'Edit Panel 1' }))
    await shown.user.click(within(form()).getByRole('button', { name: 'Remove this segment' }))
    await shown.user.click(within(form()).getByRole('button', { name: 'Remove “Panel 1” for good' }))
    expect(await screen.findByRole('alert')).toHaveTextContent('The active segment cannot be removed.')
    expect(segmentTexts()).toHaveLength(3)
    expect(shown.server.state.programme.map((segment) => segment.id)).toEqual(['panel-1', 'lunch-1', 'panel-2'])
  })

  it('says what is wrong with the times before sending, and closes with Escape', async () => {
    const shown = await openChair(panelOne())
    within(programme()).getByRole('button', { name: 'Edit Panel 2' }).focus()
    await shown.user.keyboard('{Enter}')
    setField('Ends', '14:00')
    await shown.user.click(within(form()).getByRole('button', { name: 'Save' }))
    expect(within(form()).getByRole('alert')).toHaveTextContent('The end must come after the start.')
    expect(within(form()).getByLabelText('Ends')).toHaveAttribute('aria-invalid', 'true')
    expect(shown.connection.sent).toEqual([])

    await shown.user.keyboard('{Escape}')
    expect(within(programme()).queryByRole('form', { name: /segment/ })).toBeNull()
  })
})
