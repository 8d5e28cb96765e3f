import type { KeyboardEvent } from 'react'
import { useSortable } from '@dnd-kit/sortable'
import { CSS } from '@dnd-kit/utilities'
import type { QueueEntryView } from '@floor/shared'
import { FlagOf } from '../../flags/Flag'
import { delegationName } from '../../i18n/delegationNames'
import { StatementClip } from './StatementClip'
import { useTranslate } from '../../i18n/LanguageContext'
import { useRoster } from '../../store/useRoster'
import { CategoryBadge, KindBadge } from '../Badges'
import { timeOfDay, useMeetingTimeZone } from '../../time/timeOfDay'

export interface RowActions {
  giveFloor: (entry: QueueEntryView) => void
  callToSeat: (entry: QueueEntryView) => void
  remove: (entry: QueueEntryView) => void
  /** Alt+↑/↓: one place up or down. */
  moveBy: (entry: QueueEntryView, step: -1 | 1) => void
  /** ↑/↓, Home, End: the roving focus of the list. */
  focusRow: (entry: QueueEntryView, where: 'previous' | 'next' | 'first' | 'last') => void
}

interface QueueRowProps {
  entry: QueueEntryView
  position: number
  /** The row that Tab reaches (the list is one stop in the tab order). */
  tabbable: boolean
  enabled: boolean
  seatsFull: boolean
  busy: boolean
  dragging: boolean
  actions: RowActions
  onFocus: () => void
  handleRef: (element: HTMLButtonElement | null) => void
}

/** One waiting request: who, what kind, where they sit, when they should start; and what the chair can do with it. */
export function QueueRow({ entry, position, tabbable, enabled, seatsFull, busy, dragging, actions, onFocus, handleRef }: QueueRowProps) {
  const { t, language } = useTranslate()
  const roster = useRoster()
  const timeZone = useMeetingTimeZone()
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({
    id: entry.requestId,
    disabled: !enabled,
  })
  const name = delegationName(language, entry, roster)
  const tabIndex = tabbable ? 0 : -1
  const stakeholder = entry.category === 'stakeholder'

  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    if (!dragging && !event.ctrlKey && !event.metaKey) {
      const key = event.key
      const handled = (() => {
        if (event.altKey && (key === 'ArrowUp' || key === 'ArrowDown')) return actions.moveBy(entry, key === 'ArrowUp' ? -1 : 1), true
        if (event.altKey) return false
        if (key === 'ArrowUp' || key === 'ArrowDown') return actions.focusRow(entry, key === 'ArrowUp' ? 'previous' : 'next'), true
        if (key === 'Home' || key === 'End') return actions.focusRow(entry, key === 'Home' ? 'first' : 'last'), true
        if (key === 'g' || key === 'G') return actions.giveFloor(entry), true
        // C on a State says why nothing happens rather than doing nothing (`callToSeat` shows the notice).
        if (key === 'c' || key === 'C') return actions.callToSeat(entry), true
        if (key === 'Delete' || key === 'Backspace') return actions.remove(entry), true
        return false
      })()
      if (handled) {
        event.preventDefault()
        return
      }
    }
    listeners?.onKeyDown?.(event)
  }

  return (
    <li
      ref={setNodeRef}
      className="queue-row"
      data-kind={entry.kind}
      data-category={entry.category}
      data-time-permitting={entry.timePermitting}
      data-dragging={isDragging}
      style={{ transform: CSS.Translate.toString(transform), transition }}
      onFocus={onFocus}
    >
      <button
        type="button"
        className="queue-row__handle"
        {...attributes}
        {...listeners}
        ref={(element) => {
          setActivatorNodeRef(element)
          handleRef(element)
        }}
        tabIndex={tabIndex}
        data-row-handle=""
        aria-label={t('chair.list.handle', { name, position })}
        onKeyDown={onKeyDown}
      >
        <span aria-hidden="true">⠿</span>
      </button>
      <span className="queue-row__position">{position}</span>
      <FlagOf className="queue-row__flag" of={entry} roster={roster} />
      {/* The name and its facts: one line on a wide list, the facts under the name when they do not fit (list.css). */}
      <span className="queue-row__main">
        {/* Never cut: the name wraps, isolated so that its direction cannot turn the row around. */}
        <span className="queue-row__name">
          <bdi>{name}</bdi>
        </span>
        <span className="queue-row__facts">
          <span className="queue-row__badges">
            <KindBadge kind={entry.kind} />
            <CategoryBadge category={entry.category} />
            {entry.calledToSeat && <span className="badge badge--seat">{t('chair.list.atSeat')}</span>}
            <StatementClip statements={entry.statements} />
            {entry.onBehalfOf && (
              <span className="badge badge--group">
                <bdi>{t('chair.list.onBehalfOf', { group: entry.onBehalfOf.name })}</bdi>
              </span>
            )}
          </span>
          <span className="queue-row__seat">
            {entry.seat && <span className="visually-hidden">{t('chair.list.columnSeat')} </span>}
            {entry.seat ?? ''}
          </span>
          <span className="queue-row__expected" title={t('chair.list.expectedTitle')}>
            {entry.expectedStartAt !== null ? `≈ ${timeOfDay(entry.expectedStartAt, language, timeZone)}` : ''}
          </span>
        </span>
      </span>
      <span className="queue-row__actions">
        <button
          type="button"
          className="button button--small"
          tabIndex={tabIndex}
          disabled={!enabled || busy}
          aria-label={t('chair.list.giveFloorTo', { name })}
          aria-keyshortcuts="G"
          onClick={() => actions.giveFloor(entry)}
        >
          {t('chair.list.giveFloor')}
        </button>
        {stakeholder && (
          <button
            type="button"
            className="button button--small"
            tabIndex={tabIndex}
            disabled={!enabled || entry.calledToSeat || seatsFull}
            title={seatsFull && !entry.calledToSeat ? t('chair.list.seatsFull') : undefined}
            aria-label={t('chair.list.callToSeatOf', { name })}
            aria-keyshortcuts="C"
            onClick={() => actions.callToSeat(entry)}
          >
            {t('chair.list.callToSeat')}
          </button>
        )}
        <button
          type="button"
          className="button button--small button--danger"
          tabIndex={tabIndex}
          disabled={!enabled}
          aria-label={t('chair.list.removeName', { name })}
          aria-keyshortcuts="Delete"
          onClick={() => actions.remove(entry)}
        >
          ✕
        </button>
      </span>
    </li>
  )
}
