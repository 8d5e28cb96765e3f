import type { MeetingLinks } from '@floor/shared'
import type { MessageKey } from '../i18n/translate'
import { useTranslate } from '../i18n/LanguageContext'
import { useQrCode } from '../ui/useQrCode'

const which: Array<{ key: keyof MeetingLinks['links']; label: MessageKey }> = [
  { key: 'chair', label: 'admin.links.chair' },
  { key: 'display', label: 'admin.links.display' },
  { key: 'overlay', label: 'admin.links.overlay' },
]

/** A meeting's three links, each as text to copy and as a QR code to scan. */
export function MeetingLinksPanel({ links }: { links: MeetingLinks }) {
  const { t } = useTranslate()
  return (
    <ul className="admin-links">
      {which.map(({ key, label }) => {
        const url = links.links[key]
        if (!url) return null
        return <LinkCard key={key} name={t(label)} url={url} hint={key === 'chair' ? t('admin.links.chairHint') : null} />
      })}
    </ul>
  )
}

function LinkCard({ name, url, hint }: { name: string; url: string; hint: string | null }) {
  const { t } = useTranslate()
  const qr = useQrCode(url)
  return (
    <li className="admin-links__item">
      <div className="admin-links__qr">{qr ? <img src={qr} alt={t('admin.links.qr', { which: name })} width={112} height={112} /> : null}</div>
      <div className="admin-links__text">
        <strong>{name}</strong>
        <a href={url} target="_blank" rel="noreferrer" className="admin-links__url">
          {url}
        </a>
        {hint && <span className="admin-hint">{hint}</span>}
      </div>
    </li>
  )
}
