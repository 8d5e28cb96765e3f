import type { Category, Kind } from '@floor/shared'
import { useTranslate } from '../i18n/LanguageContext'

/** The tier badge: Member State, observer State, IGO, UN entity, stakeholder. */
export function CategoryBadge({ category }: { category: Category }) {
  const { t } = useTranslate()
  return (
    <span className="badge badge--category" data-category={category} title={t(`category.${category}`)}>
      {t(`chair.badge.${category}`)}
    </span>
  )
}

/** Points of order and rights of reply stand out; a statement needs no badge. */
export function KindBadge({ kind }: { kind: Kind }) {
  const { t } = useTranslate()
  if (kind === 'statement') return null
  return (
    <span className="badge badge--kind" data-kind={kind}>
      {t(`kind.${kind}`)}
    </span>
  )
}
