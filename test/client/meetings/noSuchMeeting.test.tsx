import { act, render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import DelegateApp from '../../../client/src/delegate/DelegateApp'
import DisplayApp from '../../../client/src/display/DisplayApp'
import { MeetingNotFound } from '../../../client/src/net/meetingDocument'
import { createFloorSession } from '../../../client/src/store/floorSession'
import { FakeConnection } from '../support/fakeConnection'

describe('a page of a meeting the server does not have', () => {
  it('says so when the socket is refused with not_found', async () => {
    const connection = new FakeConnection()
    const session = () => createFloorSession({ connection, loadMeeting: () => new Promise(() => undefined) })
    render(<DisplayApp meetingId="no-such" createSession={session} search="" />)
    await act(async () => connection.goOffline({ code: 'no_meeting', message: 'The server has no such meeting.' }))
    expect(screen.getByText(/No such meeting/)).toBeVisible()
    expect(screen.getByRole('link', { name: 'Back to the start page' })).toHaveAttribute('href', '/')
  })

  it('says so when its document answers 404, on a tablet too', async () => {
    const connection = new FakeConnection()
    render(
      <DelegateApp
        meetingId="no-such"
        storage={null}
        connect={() => ({ connection, loadMeeting: () => Promise.reject(new MeetingNotFound('no-such')) })}
      />,
    )
    expect(await screen.findByText(/No such meeting/)).toBeVisible()
  })
})
