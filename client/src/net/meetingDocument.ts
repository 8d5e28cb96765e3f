import { MeetingDocument } from '@floor/shared'
import { apiPath } from './meetingPaths'

/** The server has no meeting by that id (`404`): no retry will find it. */
export class MeetingNotFound extends Error {
  constructor(readonly meetingId: string | null) {
    super(`No meeting ${meetingId ?? '(default)'}`)
  }
}

/**
 * `GET /api/meetings/:id` (`/api/meeting` for the default meeting, id null):
 * the meeting, its programme and its roster, validated.
 */
export async function fetchMeetingDocument(meetingId: string | null = null, fetchImpl: typeof fetch = fetch): Promise<MeetingDocument> {
  const path = apiPath(meetingId, 'document')
  const response = await fetchImpl(path, { headers: { accept: 'application/json' } })
  if (response.status === 404) throw new MeetingNotFound(meetingId)
  if (!response.ok) throw new Error(`GET ${path} answered ${response.status}`)
  return MeetingDocument.parse(await response.json())
}
