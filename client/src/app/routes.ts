/** The pages of the one client, by path (links are fixed by the protocol). */
export type Route =
  | 'landing'
  | 'chair'
  | 'delegate'
  | 'display'
  | 'overlay'
  | 'report'
  | 'interpreters'
  | 'statements'
  | 'admin'
  | 'not-found'

/** `/m/:id/…`: a meeting's own pages, its id as PROTOCOL.md section 7 spells it. */
const meetingPrefix = /^\/m\/([a-z0-9-]{3,64})(\/.*)$/

/** What a meeting has under `/m/:id`; everything else is the server's alone. */
const meetingPages: ReadonlySet<Route> = new Set<Route>(['chair', 'delegate', 'display', 'overlay', 'report', 'interpreters', 'statements'])

export function routeOf(pathname: string): Route {
  const path = pathname.replace(/\/+$/, '') || '/'
  const inMeeting = meetingPrefix.exec(path)
  if (inMeeting) {
    const rest = inMeeting[2]!
    const route = meetingPrefix.test(rest) ? 'not-found' : routeOf(rest)
    return meetingPages.has(route) ? route : 'not-found'
  }
  switch (path) {
    case '/':
      return 'landing'
    case '/chair':
      return 'chair'
    case '/delegate':
      return 'delegate'
    case '/display':
      return 'display'
    case '/display/overlay':
      return 'overlay'
    case '/report':
      return 'report'
    case '/interpreters':
      return 'interpreters'
    case '/statements':
      return 'statements'
    case '/admin':
      return 'admin'
    default:
      return 'not-found'
  }
}

/** The meeting a path names (`/m/hrc-55/chair`: `hrc-55`); null for the default meeting's `/chair`. */
export function meetingIdOf(pathname: string): string | null {
  const path = pathname.replace(/\/+$/, '')
  return meetingPrefix.exec(path)?.[1] ?? null
}
