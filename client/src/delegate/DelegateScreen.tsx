import { useTranslate } from '../i18n/LanguageContext'
import { useFloor } from '../store/FloorSessionContext'
import { ActionPanel } from './ActionPanel'
import { Announcer } from './Announcer'
import { ConnectionBanner } from './ConnectionBanner'
import { IdentityHeader } from './IdentityHeader'
import { SegmentBar } from './SegmentBar'
import { StatementCard } from './StatementCard'
import { StatusPanel } from './StatusPanel'
import { attentionOf } from './tabletStatus'
import { useTabletStatus } from './useTabletStatus'
import { useTurnAlert } from './useTurnAlert'
import './tablet.css'
import './statusCards.css'
import './actions.css'
import './orientation.css'

/**
 * The tablet: whom it speaks for, where the delegation stands (left, or on
 * top in portrait), and what it can do (right, or below). Everything about
 * the delegation's place comes from the server's view, so both of its
 * tablets always agree.
 */
export function DelegateScreen() {
  const { language, dir } = useTranslate()
  const status = useTabletStatus()
  const attention = attentionOf(status)
  const connection = useFloor((state) => state.connection)
  const hasView = useFloor((state) => state.view !== null)
  useTurnAlert(attention)
  return (
    <div className="tablet" lang={language} dir={dir} data-attention={attention} data-connection={connection}>
      <IdentityHeader />
      <ConnectionBanner />
      {hasView && <SegmentBar />}
      <main className="tablet__main" data-stale={connection !== 'online'}>
        <StatusPanel status={status} />
        <ActionPanel status={status} />
      </main>
      {hasView && (
        <div className="tablet__statement">
          <StatementCard />
        </div>
      )}
      <Announcer status={status} />
    </div>
  )
}
