import { screen } from '@testing-library/react'
import { beforeEach, describe, expect, it } from 'vitest'
import { queueOf } from '../../support/room'
import { chairToken, openChair, serverDoes } from './support/chairScreen'

beforeEach(() => {
  window.sessionStorage.clear()
})

describe('signing in to the chair console', () => {
  it('takes the token from the link, keeps it in this tab and takes it out of the address bar', async () => {
    const shown = await openChair(queueOf('MEX'), { url: `/chair#token=${chairToken}` })
    expect(shown.tokens).toEqual([chairToken])
    expect(window.location.hash).toBe('')
    expect(window.location.href).not.toContain(chairToken)
    expect(window.sessionStorage.getItem('floor.token.chair')).toBe(chairToken)
    expect(screen.getByRole('button', { name: /Next/ })).toBeEnabled()
  })

  it('signs in again from this tab after a reload, without the token in the address', async () => {
    window.sessionStorage.setItem('floor.token.chair', 'kept-in-this-tab')
    const shown = await openChair(queueOf('MEX'), { url: '/chair' })
    expect(shown.tokens).toEqual(['kept-in-this-tab'])
  })

  it('says clearly when the page was opened without the chair’s link, and connects to nothing', async () => {
    const shown = await openChair(queueOf('MEX'), { url: '/chair' })
    expect(shown.tokens).toEqual([])
    expect(screen.getByRole('alert')).toHaveTextContent('This page needs the chair’s link')
    expect(screen.queryByRole('button', { name: /Next/ })).not.toBeInTheDocument()
  })

  it('says so when the server refuses the token, forgets it, and takes a pasted chair link instead', async () => {
    const shown = await openChair(queueOf('MEX'))
    await serverDoes(() => shown.connection.goOffline({ code: 'unauthorized', message: 'The server refused this link.' }))
    expect(screen.getByRole('alert')).toHaveTextContent('The server refused this chair link')
    expect(window.sessionStorage.getItem('floor.token.chair')).toBeNull()

    await shown.user.type(screen.getByLabelText('Chair link or token'), 'http://10.0.0.5:3000/chair#token=the-right-one{Enter}')
    expect(shown.tokens).toEqual([chairToken, 'the-right-one'])
    expect(window.sessionStorage.getItem('floor.token.chair')).toBe('the-right-one')
  })
})
