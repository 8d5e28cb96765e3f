import { useState } from 'react'
import { useTranslate } from '../../i18n/LanguageContext'
import { runCommand } from '../state/chairCommands'
import { useChairSession } from '../state/ChairContext'
import { useControlState } from '../console/useControlState'
import { useQrCode } from '../../ui/useQrCode'

/** This tab's last issued booth link, per meeting: like the tablets' links, never stored beyond the tab. */
function linkKey(meetingId: string | null): string {
  return meetingId === null ? 'floor.chair.interpretersLink' : `floor.chair.interpretersLink.${meetingId}`
}

/**
 * "Interpreters' booth": issues the interpreters' token (PROTOCOL.md section
 * 9) and shows its link and QR code for the booth's laptop.
 */
export function InterpretersCard() {
  const session = useChairSession()
  const { t } = useTranslate()
  const { enabled } = useControlState()
  const [link, setLink] = useState<string | null>(() => sessionStorage.getItem(linkKey(session.meetingId)))
  const qr = useQrCode(link)

  const issue = async () => {
    const outcome = await runCommand(session, 'issue:interpreters', { type: 'issue-token', role: 'interpreter' })
    if (outcome?.ok && typeof outcome.url === 'string') {
      sessionStorage.setItem(linkKey(session.meetingId), outcome.url)
      setLink(outcome.url)
    }
  }

  return (
    <section className="panel interpreters-card" aria-labelledby="interpreters-card-title">
      <h2 id="interpreters-card-title">{t('statements.booth')}</h2>
      <p>{t('statements.boothHint')}</p>
      {link && (
        <div className="interpreters-card__link">
          {qr && <img src={qr} alt={t('statements.booth')} width={112} height={112} />}
          <a href={link} target="_blank" rel="noreferrer">
            {t('statements.boothOpen')}
          </a>
        </div>
      )}
      <button type="button" className="button" disabled={!enabled} onClick={() => void issue()}>
        {t(link ? 'statements.boothReissue' : 'statements.boothIssue')}
      </button>
    </section>
  )
}
