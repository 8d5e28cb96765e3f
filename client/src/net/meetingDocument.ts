import { MeetingDocument } from '@floor/shared'

/** `GET /api/meeting`: the meeting, its programme and its roster, validated. */
export async function fetchMeetingDocument(fetchImpl: typeof fetch = fetch): Promise<MeetingDocument> {
  const response = await fetchImpl('/api/meeting', { headers: { accept: 'application/json' } })
  if (!response.ok) throw new Error(`GET /api/meeting answered ${response.status}`)
  return MeetingDocument.parse(await response.json())
}
