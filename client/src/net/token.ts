/** Whose token: the chair's or a tablet's of one meeting (null: the default meeting), or the secretariat's of the server. */
export interface TokenPlace {
  scope: 'chair' | 'delegate' | 'admin' | 'interpreter'
  meetingId: string | null
}

/**
 * Where a token is kept: each meeting under its own key, so two meetings open
 * in two tabs of one browser never swap tokens. The default meeting's routes
 * keep the key they have always used (`floor.token.chair`).
 */
export function tokenKey({ scope, meetingId }: TokenPlace): string {
  return meetingId === null ? `floor.token.${scope}` : `floor.token.${scope}.${meetingId}`
}

/**
 * Links carry the token in the fragment (`/chair#token=…`), which browsers
 * never send to a server or put in a Referer. On load the token moves to
 * session storage (it survives a reload of this tab, not the closing of it)
 * and leaves the address bar, so it does not end up on a projected screen or
 * in a screenshot.
 */
export function takeToken(
  place: TokenPlace['scope'] | TokenPlace,
  location: Pick<Location, 'hash' | 'pathname' | 'search'> = window.location,
  storage: Pick<Storage, 'getItem' | 'setItem'> = window.sessionStorage,
  history: Pick<History, 'replaceState' | 'state'> = window.history,
): string | null {
  const key = tokenKey(typeof place === 'string' ? { scope: place, meetingId: null } : place)
  const fragment = new URLSearchParams(location.hash.replace(/^#/, ''))
  const fromLink = fragment.get('token')
  if (fromLink) {
    storage.setItem(key, fromLink)
    fragment.delete('token')
    const rest = fragment.toString()
    history.replaceState(history.state, '', `${location.pathname}${location.search}${rest ? `#${rest}` : ''}`)
    return fromLink
  }
  return storage.getItem(key)
}
