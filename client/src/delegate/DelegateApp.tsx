import { Notice } from '../app/Notice'

/**
 * Placeholder until the delegation tablet lands (issue 6). The tablet replaces
 * this file; `App` lazy-loads its default export for `/delegate`.
 */
export default function DelegateApp() {
  return <Notice message="route.needsLink" />
}
