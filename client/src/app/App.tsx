import { lazy, Suspense } from 'react'
import type { Route } from './routes'
import { Landing } from './Landing'
import { NotFound } from './Notice'

// Each route is its own chunk: the room display never downloads the chair's console.
const ChairApp = lazy(() => import('../chair/ChairApp'))
const DelegateApp = lazy(() => import('../delegate/DelegateApp'))
const DisplayApp = lazy(() => import('../display/DisplayApp'))
const OverlayApp = lazy(() => import('../display/OverlayApp'))

export function App({ route }: { route: Route }) {
  return <Suspense fallback={null}>{page(route)}</Suspense>
}

function page(route: Route) {
  switch (route) {
    case 'landing':
      return <Landing />
    case 'chair':
      return <ChairApp />
    case 'delegate':
      return <DelegateApp />
    case 'display':
      return <DisplayApp />
    case 'overlay':
      return <OverlayApp />
    case 'not-found':
      return <NotFound />
  }
}
