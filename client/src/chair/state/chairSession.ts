import type { Language } from '@floor/shared'
import { connectFloor } from '../../net/socket'
import { createFloorSession, type FloorSession, type FloorSessionOptions } from '../../store/floorSession'
import { createStatementsApi, type StatementsApi } from '../../statements/statementsApi'
import { createChairApi, type ChairApi } from './chairApi'
import { createChairStore, type ChairState } from './chairStore'

/** Everything the console works with: the meeting's session on the console's one store, and the HTTP routes. */
export interface ChairSession extends FloorSession<ChairState> {
  api: ChairApi
  /** The meeting this console runs (`/m/:id/chair`); null: the default meeting's `/chair`. */
  meetingId: string | null
  /** Written statements' routes (section 9) with the chair's token; absent in tests without a server. */
  statements?: StatementsApi
}

export interface ChairSessionOptions extends FloorSessionOptions {
  api: ChairApi
  statements?: StatementsApi
  /** Wins over the language this browser kept. */
  language?: Language
}

export function createChairSession({ api, language, statements, ...floor }: ChairSessionOptions): ChairSession {
  const meetingId = floor.meetingId ?? null
  const store = createChairStore({ connection: floor.connection.status }, language ? { language } : {}, meetingId)
  return { ...createFloorSession(floor, store), api, meetingId, ...(statements ? { statements } : {}) }
}

/** The real thing: Socket.IO to this page's server with the chair's token, on the page's meeting. */
export function connectChair(token: string, meetingId: string | null = null): ChairSession {
  return createChairSession({
    connection: connectFloor({ token, meetingId }),
    api: createChairApi(token, meetingId),
    statements: createStatementsApi(token, meetingId),
    meetingId,
  })
}
