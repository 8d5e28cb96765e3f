import { useEffect } from 'react'
import { delegationName } from '../../i18n/delegationNames'
import { useTranslate } from '../../i18n/LanguageContext'
import type { MessageKey } from '../../i18n/translate'
import type { ClientError } from '../../net/floorConnection'
import { useFloor } from '../../store/FloorSessionContext'
import { useRoster } from '../../store/useRoster'
import { useChair, useChairSession } from '../state/ChairContext'
import { dismissNotice, type ChairNotice } from '../state/chairStore'

/** How long a confirmation ("Türkiye added") stays. Conflicts and errors stay until dismissed. */
const doneShownMs = 6_000

/** The answer to the chair's last action (its one channel for refusals), where the chair is looking: under Next. */
export function Notices() {
  const notice = useChair((state) => state.notice)
  return (
    <div className="notices">
      {notice?.kind === 'conflict' && <ConflictNotice notice={notice} />}
      {notice?.kind === 'done' && <DoneNotice notice={notice} />}
      {notice?.kind === 'error' && <ErrorNotice error={notice.error} />}
    </div>
  )
}

function ConflictNotice({ notice }: { notice: Extract<ChairNotice, { kind: 'conflict' }> }) {
  const session = useChairSession()
  const { t, language } = useTranslate()
  const roster = useRoster()
  const view = useFloor((state) => state.view)
  const floor = view?.floor
  const head = view?.queue[0]
  return (
    <div className="notice notice--conflict" role="alert">
      <p className="notice__title">{t(notice.command === 'move' ? 'chair.conflict.move' : 'chair.conflict.floor')}</p>
      <p className="notice__fresh">
        {floor ? t('chair.conflict.speaking', { name: delegationName(language, floor, roster) }) : t('chair.conflict.nobody')}
        {' · '}
        {head ? t('chair.conflict.next', { name: delegationName(language, head, roster) }) : t('chair.conflict.empty')}
      </p>
      <p className="notice__hint">{t('chair.conflict.notResent')}</p>
      <button type="button" className="button button--small" onClick={() => dismissNotice(session.store)}>
        {t('chair.notice.dismiss')} <kbd>Esc</kbd>
      </button>
    </div>
  )
}

function DoneNotice({ notice }: { notice: Extract<ChairNotice, { kind: 'done' }> }) {
  const session = useChairSession()
  const { t } = useTranslate()
  useEffect(() => {
    const timer = setTimeout(() => {
      if (session.store.getState().notice === notice) dismissNotice(session.store)
    }, doneShownMs)
    return () => clearTimeout(timer)
  }, [notice, session])
  return (
    <p className={notice.tone === 'warning' ? 'notice notice--warning' : 'notice notice--done'} role="status">
      {t(notice.message, notice.values)}
    </p>
  )
}

const errorMessages: Partial<Record<ClientError['code'], MessageKey>> = {
  timeout: 'chair.error.timeout',
  rate_limited: 'chair.error.rateLimited',
  internal: 'chair.error.internal',
}

function ErrorNotice({ error }: { error: ClientError }) {
  const session = useChairSession()
  const { t } = useTranslate()
  const known = errorMessages[error.code]
  return (
    <div className="notice notice--error" role="alert">
      <p className="notice__title">{known ? t(known) : t('chair.error.refused', { message: error.message })}</p>
      <button type="button" className="button button--small" onClick={() => dismissNotice(session.store)}>
        {t('chair.notice.dismiss')}
      </button>
    </div>
  )
}
