import type { Announcements, ScreenReaderInstructions, UniqueIdentifier } from '@dnd-kit/core'
import type { Translator } from '../../i18n/LanguageContext'

/**
 * What a screen reader hears while a request is moved with the keyboard: the
 * name and the position, in the console's language (dnd-kit's defaults speak
 * English ids).
 */
export function listAnnouncements(
  t: Translator['t'],
  nameOf: (id: UniqueIdentifier) => string,
  positionOf: (id: UniqueIdentifier) => number,
): { announcements: Announcements; screenReaderInstructions: ScreenReaderInstructions } {
  return {
    screenReaderInstructions: { draggable: t('chair.dnd.instructions') },
    announcements: {
      onDragStart: ({ active }) => t('chair.dnd.picked', { name: nameOf(active.id), position: positionOf(active.id) }),
      onDragOver: ({ active, over }) =>
        over ? t('chair.dnd.over', { name: nameOf(active.id), position: positionOf(over.id) }) : undefined,
      onDragEnd: ({ active, over }) =>
        over ? t('chair.dnd.dropped', { name: nameOf(active.id), position: positionOf(over.id) }) : t('chair.dnd.cancelled', { name: nameOf(active.id) }),
      onDragCancel: ({ active }) => t('chair.dnd.cancelled', { name: nameOf(active.id) }),
    },
  }
}
