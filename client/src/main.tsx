import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app/App'
import { meetingIdOf, routeOf } from './app/routes'
import './styles/base.css'

const root = document.getElementById('root')
if (!root) throw new Error('index.html has no #root')

// One page load is one route: links are opened directly (tablets from a QR
// code, the display from a bookmark), so no client-side navigation is needed.
createRoot(root).render(
  <StrictMode>
    <App route={routeOf(window.location.pathname)} meetingId={meetingIdOf(window.location.pathname)} />
  </StrictMode>,
)
