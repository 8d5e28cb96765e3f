/** Who a request or a handshake comes from, given the address of its peer and its `X-Forwarded-For`. */
export type ClientAddress = (peer: string | undefined, forwardedFor: string | string[] | undefined) => string

/**
 * The client's address behind the proxies named in `FLOOR_TRUSTED_PROXIES`
 * (a load balancer in front of several nodes, docs/deploy.md): the peer is
 * believed only when it is one of them, and then the nearest address in
 * `X-Forwarded-For` that is not one of them is the client. Without trusted
 * proxies the peer is the client and the header is ignored, since any
 * client can write it.
 */
export function clientAddressBehind(trustedProxies: readonly string[]): ClientAddress {
  const trusted = new Set(trustedProxies.map(plain))
  return (peer, forwardedFor) => {
    const direct = plain(peer ?? 'unknown')
    if (!trusted.has(direct) || forwardedFor === undefined) return direct
    const hops = (Array.isArray(forwardedFor) ? forwardedFor.join(',') : forwardedFor)
      .split(',')
      .map((hop) => plain(hop.trim()))
      .filter((hop) => hop !== '')
    for (let i = hops.length - 1; i >= 0; i--) if (!trusted.has(hops[i] as string)) return hops[i] as string
    return hops[0] ?? direct
  }
}

/** `::ffff:10.0.0.5` and `10.0.0.5` are one address. */
function plain(address: string): string {
  return address.startsWith('::ffff:') ? address.slice('::ffff:'.length) : address
}
