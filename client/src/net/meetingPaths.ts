/**
 * Where a meeting's pages and HTTP routes are (PROTOCOL.md section 7): under
 * `/m/:id` and `/api/meetings/:id`, or at the version-1 paths for the default
 * meeting, which a null id stands for. Every link a page draws goes through
 * here, so a page never sends its reader to another meeting.
 */
export type MeetingPage = 'chair' | 'delegate' | 'display' | 'overlay' | 'report'

const pageSuffix: Record<MeetingPage, string> = {
  chair: '/chair',
  delegate: '/delegate',
  display: '/display',
  overlay: '/display/overlay',
  report: '/report',
}

export function pagePath(meetingId: string | null, page: MeetingPage): string {
  return meetingId === null ? pageSuffix[page] : `/m/${encodeURIComponent(meetingId)}${pageSuffix[page]}`
}

export type MeetingRoute = 'document' | 'interventions' | 'import' | 'report'

const routeSuffix: Record<MeetingRoute, string> = {
  document: '',
  interventions: '/interventions',
  import: '/delegations/import',
  report: '/report',
}

const defaultRoute: Record<MeetingRoute, string> = {
  document: '/api/meeting',
  interventions: '/api/interventions',
  import: '/api/delegations/import',
  report: '/api/report',
}

export function apiPath(meetingId: string | null, route: MeetingRoute): string {
  return meetingId === null ? defaultRoute[route] : `/api/meetings/${encodeURIComponent(meetingId)}${routeSuffix[route]}`
}
