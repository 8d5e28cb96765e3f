import { screen } from '@testing-library/react'
import { beforeEach, describe, expect, it } from 'vitest'
import { meetingIdOf, routeOf } from '../../../client/src/app/routes'
import { apiPath, pagePath } from '../../../client/src/net/meetingPaths'
import { queueOf } from '../../support/room'
import { openChair } from '../chair/support/chairScreen'

beforeEach(() => {
  window.sessionStorage.clear()
})

describe('the report’s address', () => {
  it('is /report for the default meeting and /m/:id/report for each meeting, read by /api/…/report', () => {
    expect(routeOf('/report')).toBe('report')
    expect(routeOf('/m/hrc-55/report/')).toBe('report')
    expect(meetingIdOf('/m/hrc-55/report')).toBe('hrc-55')
    expect(pagePath(null, 'report')).toBe('/report')
    expect(pagePath('hrc-55', 'report')).toBe('/m/hrc-55/report')
    expect(apiPath(null, 'report')).toBe('/api/report')
    expect(apiPath('hrc-55', 'report')).toBe('/api/meetings/hrc-55/report')
  })

  it('is the link named Report in the chair’s header, in this tab where the chair’s token is kept', async () => {
    await openChair(queueOf('MEX'))
    const link = screen.getByRole('link', { name: 'Report' })
    expect(link).toHaveAttribute('href', '/report')
    expect(link).not.toHaveAttribute('target')
  })

  it('stays within the meeting of a /m/:id/chair console', async () => {
    await openChair(queueOf('MEX'), { meetingId: 'hrc-55', url: '/m/hrc-55/chair#token=t' })
    expect(screen.getByRole('link', { name: 'Report' })).toHaveAttribute('href', '/m/hrc-55/report')
  })
})
