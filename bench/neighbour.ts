// A second meeting running beside the measured one on the same server: its
// own chair, displays and tablets, a change every quarter second. The fan-out
// of the measured meeting must hold its figures with a neighbour this busy,
// and none of the neighbour's views may reach the measured displays.
import { connectPeer, must, type Peer } from './peer'

export interface Neighbour {
  /** Changes the neighbour's chair made while it ran. */
  changes: number
  stop(): Promise<void>
}

const setup = {
  id: 'bench-neighbour',
  title: 'Neighbouring room: Human Rights Council interactive dialogue',
  timeZone: 'Europe/Zurich',
  segments: [{ id: 'dialogue', title: 'Interactive dialogue', startsAt: '2017-06-19T10:00:00+02:00', endsAt: '2017-06-19T13:00:00+02:00' }],
}

export async function startNeighbour(url: string, adminToken: string, displays = 50, periodMs = 250): Promise<Neighbour> {
  const response = await fetch(`${url}/api/meetings`, {
    method: 'POST',
    headers: { authorization: `Bearer ${adminToken}`, 'content-type': 'application/json' },
    body: JSON.stringify(setup),
  })
  if (response.status !== 201) throw new Error(`POST /api/meetings: ${response.status} ${await response.text()}`)
  const { chairToken } = (await response.json()) as { chairToken: string }
  const chair = await connectPeer(url, { token: chairToken })
  await must(chair, { type: 'set-segment', segmentId: 'dialogue' })
  const peers: Peer[] = [chair]
  for (let i = 0; i < displays; i++) peers.push(await connectPeer(url, { meetingId: setup.id }))
  for (const delegationId of ['MEX', 'CHE', 'TUR', 'BRA']) {
    const issued = await must(chair, { type: 'issue-token', delegationId })
    peers.push(await connectPeer(url, { token: String(issued.token) }))
  }
  const neighbour = { changes: 0, stop: async () => {} }
  let running = true
  let sign = 1
  const loop = (async () => {
    await must(chair, { type: 'request-floor', delegationId: 'MEX' })
    await must(chair, { type: 'next' })
    while (running) {
      sign = -sign
      await must(chair, { type: 'add-time', seconds: 30 * sign })
      neighbour.changes += 1
      await new Promise((resolve) => setTimeout(resolve, periodMs))
    }
  })()
  neighbour.stop = async () => {
    running = false
    await loop
    for (const peer of peers) peer.close()
  }
  return neighbour
}
