import { useId, useState } from 'react'
import type { Kind } from '@floor/shared'
import { useTranslate } from '../i18n/LanguageContext'
import { kindLabel } from '../i18n/translate'
import { useFloor } from '../store/FloorSessionContext'
import { AlertsToggle } from './AlertsToggle'
import { BehalfPicker } from './BehalfPicker'
import { tap } from './intentDelivery'
import { NoticeBar } from './NoticeBar'
import { PendingCard } from './PendingCard'
import { useTablet, useTabletState } from './TabletContext'
import type { TabletStatus } from './tabletStatus'

const otherKinds: readonly Kind[] = ['point-of-order', 'right-of-reply']

/** Why a request cannot be made now, if it cannot; the button then says so. */
function useBlockedReason(): { label: 'delegate.listClosed' | 'delegate.noSegment'; hint: 'delegate.listClosedHint' | 'delegate.noSegmentHint' } | null {
  const segment = useFloor((state) => state.view?.segment ?? null)
  if (!segment) return { label: 'delegate.noSegment', hint: 'delegate.noSegmentHint' }
  if (!segment.listOpen) return { label: 'delegate.listClosed', hint: 'delegate.listClosedHint' }
  return null
}

/** What the delegate can do: one large button, the other kinds behind a second control, the last tap's outcome. */
export function ActionPanel({ status }: { status: TabletStatus }) {
  const pending = useTabletState((state) => state.pending)
  const hasView = useFloor((state) => state.view !== null)
  return (
    <section className="actions">
      {pending ? <PendingCard pending={pending} /> : hasView && <Buttons status={status} />}
      <NoticeBar />
      <AlertsToggle />
    </section>
  )
}

function Buttons({ status }: { status: TabletStatus }) {
  const { t, language } = useTranslate()
  const { tablet } = useTablet()
  const blocked = useBlockedReason()
  const offline = useFloor((state) => state.connection !== 'online')
  const hintId = useId()
  const otherId = useId()
  const [otherOpen, setOtherOpen] = useState(false)
  const [onBehalfOf, setOnBehalfOf] = useState('')
  const waitingOf = (kind: Kind) => status.requests.find((request) => request.entry.kind === kind)
  const statement = waitingOf('statement')
  const otherWaiting = otherKinds.some((kind) => waitingOf(kind))
  const showOther = otherOpen || otherWaiting
  const hint = blocked ? t(blocked.hint) : offline ? t('delegate.offlineHint') : null

  return (
    <>
      {status.speaking ? null : statement ? (
        <button
          type="button"
          className="big-button big-button--withdraw"
          onClick={() => tap(tablet, { type: 'withdraw', requestId: statement.entry.requestId, kind: 'statement' })}
        >
          {t('delegate.withdraw')}
        </button>
      ) : (
        <>
          {blocked === null && <BehalfPicker value={onBehalfOf} onChange={setOnBehalfOf} />}
          <button
            type="button"
            className="big-button big-button--request"
            disabled={blocked !== null}
            aria-describedby={hint ? hintId : undefined}
            onClick={() => tap(tablet, { type: 'request', kind: 'statement', ...(onBehalfOf ? { onBehalfOf } : {}) })}
          >
            {blocked ? t(blocked.label) : t('delegate.request')}
          </button>
        </>
      )}
      {hint && !statement && !status.speaking && (
        <p className="actions__hint" id={hintId}>
          {hint}
        </p>
      )}
      <button
        type="button"
        className="disclosure"
        aria-expanded={showOther}
        aria-controls={otherId}
        disabled={otherWaiting}
        onClick={() => setOtherOpen((open) => !open)}
      >
        <span className="disclosure__chevron" aria-hidden="true" />
        {t('delegate.otherRequests')}
      </button>
      <div className="other-kinds" id={otherId} hidden={!showOther}>
        {otherKinds.map((kind) => {
          const waiting = waitingOf(kind)
          return waiting ? (
            <button
              key={kind}
              type="button"
              className="kind-button kind-button--withdraw"
              data-kind={kind}
              onClick={() => tap(tablet, { type: 'withdraw', requestId: waiting.entry.requestId, kind })}
            >
              {t('delegate.withdrawKind', { kind: kindLabel(language, kind) })}
            </button>
          ) : (
            <button
              key={kind}
              type="button"
              className="kind-button"
              data-kind={kind}
              disabled={blocked !== null}
              onClick={() => tap(tablet, { type: 'request', kind })}
            >
              {kindLabel(language, kind)}
            </button>
          )
        })}
      </div>
    </>
  )
}
