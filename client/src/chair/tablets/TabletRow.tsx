import { useState } from 'react'
import type { Delegation } from '@floor/shared'
import { Flag } from '../../flags/Flag'
import { useTranslate } from '../../i18n/LanguageContext'
import { CategoryBadge } from '../Badges'
import { useChair, useChairSession } from '../state/ChairContext'
import type { IssuedLink } from '../state/chairStore'
import { issueLink } from './issueLinks'
import { timeOfDay, useMeetingTimeZone } from '../../time/timeOfDay'
import { useQrCode } from '../../ui/useQrCode'

interface TabletRowProps {
  delegation: Delegation
  name: string
  link: IssuedLink | null
  enabled: boolean
}

/** One delegation's tablet: its link and QR code when issued here, and (re)issuing. */
export function TabletRow({ delegation, name, link, enabled }: TabletRowProps) {
  const session = useChairSession()
  const { t, language } = useTranslate()
  const timeZone = useMeetingTimeZone()
  const issuing = useChair((state) => Boolean(state.pending[`issue:${delegation.id}`]))
  const [confirming, setConfirming] = useState(false)
  const [copied, setCopied] = useState(false)
  const qr = useQrCode(link?.url ?? null)

  const issue = async () => {
    setConfirming(false)
    setCopied(false)
    await issueLink(session, delegation.id)
  }
  const copy = async () => {
    if (!link) return
    try {
      await navigator.clipboard.writeText(link.url)
      setCopied(true)
    } catch {
      setCopied(false)
    }
  }

  return (
    <tr className="tablet-row" data-linked={link !== null}>
      <th scope="row" className="tablet-row__who">
        <Flag className="tablet-row__flag" delegationId={delegation.id} name={delegation.name} acronym={delegation.acronym} category={delegation.category} />
        <span className="tablet-row__name">{name}</span>
        <span className="tablet-row__code">{delegation.acronym ?? (/^[A-Z]{3}$/.test(delegation.id) ? delegation.id : '')}</span>
        <CategoryBadge category={delegation.category} />
      </th>
      <td className="tablet-row__seat">{delegation.seat ?? '–'}</td>
      <td className="tablet-row__link">
        {link ? (
          <>
            <input
              className="tablet-row__url"
              readOnly
              value={link.url}
              aria-label={t('chair.tablets.linkOf', { name })}
              onFocus={(event) => event.target.select()}
            />
            <button type="button" className="button button--small" onClick={() => void copy()}>
              {t(copied ? 'chair.tablets.copied' : 'chair.tablets.copy')}
            </button>
            <span className="tablet-row__issued">{t('chair.tablets.issuedAt', { time: timeOfDay(link.issuedAt, language, timeZone) })}</span>
          </>
        ) : (
          <span className="tablet-row__none">{t('chair.tablets.noLink')}</span>
        )}
      </td>
      <td className="tablet-row__qr">{qr ? <img src={qr} alt={t('chair.tablets.qrOf', { name })} width={56} height={56} /> : null}</td>
      <td className="tablet-row__actions">
        {confirming ? (
          <>
            <button type="button" className="button button--small button--danger" disabled={!enabled || issuing} onClick={() => void issue()}>
              {t('chair.tablets.confirmReissue')}
            </button>
            <button type="button" className="button button--small" onClick={() => setConfirming(false)}>
              {t('chair.tablets.cancel')}
            </button>
          </>
        ) : (
          <button
            type="button"
            className="button button--small"
            disabled={!enabled || issuing}
            aria-label={t(link ? 'chair.tablets.reissueFor' : 'chair.tablets.issueFor', { name })}
            onClick={() => (link ? setConfirming(true) : void issue())}
          >
            {t(link ? 'chair.tablets.reissue' : 'chair.tablets.issue')}
          </button>
        )}
      </td>
    </tr>
  )
}
