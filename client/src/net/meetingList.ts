import { MeetingSummary } from '@floor/shared'

const MeetingList = MeetingSummary.array()

/** `GET /api/meetings`: every meeting on this server, validated (public: no tokens in it). */
export async function fetchMeetingList(fetchImpl: typeof fetch = (...args) => fetch(...args)): Promise<MeetingSummary[]> {
  const response = await fetchImpl('/api/meetings', { headers: { accept: 'application/json' } })
  if (!response.ok) throw new Error(`GET /api/meetings answered ${response.status}`)
  return MeetingList.parse(await response.json())
}
