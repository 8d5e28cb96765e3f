import { lazy, Suspense } from 'react'
import type { Route } from './routes'
import { NotFound } from './Notice'

// Each route is its own chunk: the room display never downloads the chair's
// console, nor a tablet the start page's list of meetings.
const Landing = lazy(async () => ({ default: (await import('./Landing')).Landing }))
const ChairApp = lazy(() => import('../chair/ChairApp'))
const DelegateApp = lazy(() => import('../delegate/DelegateApp'))
const DisplayApp = lazy(() => import('../display/DisplayApp'))
const OverlayApp = lazy(() => import('../display/OverlayApp'))
const AdminApp = lazy(() => import('../admin/AdminApp'))
const ReportApp = lazy(() => import('../report/ReportApp'))
const InterpretersApp = lazy(() => import('../interpreters/InterpretersApp'))
const PublishedStatementsApp = lazy(() => import('../statements/PublishedStatementsApp'))

/** `meetingId`: the meeting a `/m/:id/…` path names; null (or left out): the default meeting. */
export function App({ route, meetingId = null }: { route: Route; meetingId?: string | null }) {
  return <Suspense fallback={null}>{page(route, meetingId)}</Suspense>
}

function page(route: Route, meetingId: string | null) {
  switch (route) {
    case 'landing':
      return <Landing />
    case 'chair':
      return <ChairApp meetingId={meetingId} />
    case 'delegate':
      return <DelegateApp meetingId={meetingId} />
    case 'display':
      return <DisplayApp meetingId={meetingId} />
    case 'overlay':
      return <OverlayApp meetingId={meetingId} />
    case 'report':
      return <ReportApp meetingId={meetingId} />
    case 'interpreters':
      return <InterpretersApp meetingId={meetingId} />
    case 'statements':
      return <PublishedStatementsApp meetingId={meetingId} />
    case 'admin':
      return <AdminApp />
    case 'not-found':
      return <NotFound />
  }
}
