import { hostname, networkInterfaces } from 'node:os'

type Headers = Record<string, string | string[] | undefined>

/**
 * The server's own origins: every address of this machine at the listening
 * port, its host name, and `FLOOR_PUBLIC_URL` when set. A browser page from
 * any other origin may not open a socket or post to the API (a page elsewhere
 * holding a stolen link, a DNS-rebinding page), and links handed out are built
 * from these, never from a header alone.
 */
export class Origins {
  private own = new Set<string>()
  private lan: string | null = null

  constructor(private readonly publicUrl: string | undefined) {}

  /** Called once the server listens, when its port is known. */
  listening(port: number): void {
    const names = ['localhost', '127.0.0.1', '[::1]', hostname(), `${hostname()}.local`]
    for (const addresses of Object.values(networkInterfaces())) {
      for (const address of addresses ?? []) {
        names.push(address.family === 'IPv6' ? `[${address.address}]` : address.address)
        if (!this.lan && address.family === 'IPv4' && !address.internal) this.lan = `http://${address.address}:${port}`
      }
    }
    this.own = new Set(names.map((name) => `http://${name.toLowerCase()}:${port}`))
    if (this.publicUrl) this.own.add(this.publicUrl)
  }

  /** A request without an Origin (a script, a tablet app) is not a browser page of another site. */
  allows(origin: string | undefined): boolean {
    return origin === undefined || this.own.has(origin.toLowerCase())
  }

  /**
   * Where links for the room point: `FLOOR_PUBLIC_URL`, else the address the
   * caller used when it is one of ours and not loopback (no tablet reaches
   * that), else this machine's address on the room's network.
   */
  linkBase(headers: Headers): string {
    if (this.publicUrl) return this.publicUrl
    const host = typeof headers.host === 'string' ? `http://${headers.host.toLowerCase()}` : ''
    const loopback = /^http:\/\/(localhost|127\.[\d.]+|\[::1\])(:\d+)?$/.test(host)
    if (this.own.has(host) && !loopback) return host
    return this.lan ?? (this.own.has(host) ? host : 'http://localhost')
  }
}

/** `FLOOR_PUBLIC_URL` as an origin (`http://floor.example:3000`), or why not. */
export function publicOriginOf(value: string): string {
  const url = new URL(value)
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error('must be an http or https URL')
  return url.origin
}
