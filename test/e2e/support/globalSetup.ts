import { buildClientIfStale } from '../../../scripts/buildIfStale.mjs'

/** The browser tests load the built client from the real server: build it first if it is stale. */
export default function setup(): void {
  buildClientIfStale()
}
