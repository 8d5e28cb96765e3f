import type { IssuedLink } from './chairStore'

/**
 * Tablet links live in this tab's session storage, next to the chair's token:
 * the server keeps only each token's hash, so a link can be shown (and printed)
 * only by the browser that issued it. Closing the tab forgets them.
 */
const key = 'floor.chair.tabletLinks'

export type LinkStorage = Pick<Storage, 'getItem' | 'setItem'>

export function loadLinks(storage: LinkStorage): Record<string, IssuedLink> {
  try {
    const parsed = JSON.parse(storage.getItem(key) ?? '{}') as unknown
    if (typeof parsed !== 'object' || parsed === null) return {}
    const links: Record<string, IssuedLink> = {}
    for (const [delegationId, value] of Object.entries(parsed)) {
      const link = value as Partial<IssuedLink>
      if (typeof link.url === 'string' && typeof link.issuedAt === 'number') {
        links[delegationId] = { url: link.url, issuedAt: link.issuedAt }
      }
    }
    return links
  } catch {
    return {}
  }
}

export function saveLinks(storage: LinkStorage, links: Record<string, IssuedLink>): void {
  try {
    storage.setItem(key, JSON.stringify(links))
  } catch {
    // Storage full or refused: the links still show until the tab is closed.
  }
}
