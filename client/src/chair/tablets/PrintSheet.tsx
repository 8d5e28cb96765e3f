import type { Delegation } from '@floor/shared'
import { useTranslate } from '../../i18n/LanguageContext'
import type { IssuedLink } from '../state/chairStore'
import { useQrCode } from '../../ui/useQrCode'

interface PrintSheetProps {
  delegations: readonly Delegation[]
  links: Record<string, IssuedLink>
  /** Shown on screen as a preview; otherwise it appears only when printing. */
  preview: boolean
  /** The meeting the links open, on every card: a card mislaid between two rooms still says where it belongs. */
  meetingTitle: string
}

/** A4 sheets of cut-out cards, twelve to a page: name, seat, QR code and the link. */
export function PrintSheet({ delegations, links, preview, meetingTitle }: PrintSheetProps) {
  const { t } = useTranslate()
  return (
    <section className="print-sheet" data-preview={preview} aria-label={t('chair.print.titleOf', { title: meetingTitle })}>
      {delegations.length === 0 && preview && <p className="print-sheet__empty">{t('chair.print.empty')}</p>}
      <ul className="print-sheet__cards">
        {delegations.map((delegation) => {
          const link = links[delegation.id]
          return link ? <PrintCard key={delegation.id} delegation={delegation} url={link.url} meetingTitle={meetingTitle} /> : null
        })}
      </ul>
    </section>
  )
}

function PrintCard({ delegation, url, meetingTitle }: { delegation: Delegation; url: string; meetingTitle: string }) {
  const { t } = useTranslate()
  const qr = useQrCode(url)
  return (
    <li className="print-card">
      <p className="print-card__meeting" title={meetingTitle}>
        {meetingTitle}
      </p>
      {/* The name as the UN writes it, which is also how the nameplate on the table reads. */}
      <p className="print-card__name" data-long={delegation.name.length > 28}>
        {delegation.name}
      </p>
      <p className="print-card__seat">{delegation.seat ? t('chair.seat', { seat: delegation.seat }) : '\u00a0'}</p>
      {qr && <img className="print-card__qr" src={qr} alt={t('chair.tablets.qrOf', { name: delegation.name })} />}
      <p className="print-card__how">{t('chair.print.how')}</p>
      <p className="print-card__url">{url}</p>
    </li>
  )
}
