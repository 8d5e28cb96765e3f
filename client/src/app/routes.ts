/** The pages of the one client, by path (links are fixed by the protocol). */
export type Route = 'landing' | 'chair' | 'delegate' | 'display' | 'overlay' | 'not-found'

export function routeOf(pathname: string): Route {
  const path = pathname.replace(/\/+$/, '') || '/'
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
    default:
      return 'not-found'
  }
}
