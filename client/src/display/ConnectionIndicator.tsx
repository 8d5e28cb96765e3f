import type { Language } from '@floor/shared'
import { translate } from '../i18n/translate'
import { useFloor } from '../store/FloorSessionContext'
import { Texts } from './Texts'

/** A small notice in a corner while the link to the server is down; the timer runs on meanwhile. */
export function ConnectionIndicator({ languages }: { languages: readonly Language[] }) {
  const connection = useFloor((state) => state.connection)
  const hasView = useFloor((state) => state.view !== null)
  if (connection === 'online') return null
  const key = connection === 'connecting' && !hasView ? 'connection.connecting' : 'connection.offline'
  return (
    <p className="connection-indicator" role="status" data-connection={connection}>
      <span className="connection-indicator__dot" aria-hidden="true" />
      <Texts layout="inline" languages={languages} text={(language) => translate(language, key)} />
    </p>
  )
}
