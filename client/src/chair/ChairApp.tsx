import { Notice } from '../app/Notice'

/**
 * Placeholder until the chair console lands (issue 5). The console replaces
 * this file; `App` lazy-loads its default export for `/chair`.
 */
export default function ChairApp() {
  return <Notice message="route.needsLink" />
}
