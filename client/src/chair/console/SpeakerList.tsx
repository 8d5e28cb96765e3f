import { useLiveQueue } from '../../time/liveForecast'
import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react'
import {
  DndContext,
  KeyboardSensor,
  PointerSensor,
  closestCenter,
  useSensor,
  useSensors,
  type DragEndEvent,
  type Modifier,
} from '@dnd-kit/core'
import { SortableContext, arrayMove, sortableKeyboardCoordinates, verticalListSortingStrategy } from '@dnd-kit/sortable'
import type { QueueEntryView } from '@floor/shared'
import { delegationName } from '../../i18n/delegationNames'
import { useTranslate } from '../../i18n/LanguageContext'
import { useFloor } from '../../store/FloorSessionContext'
import { useRoster } from '../../store/useRoster'
import { useChair, useChairSession } from '../state/ChairContext'
import { callToSeat, giveFloor, moveRequest, removeRequest } from '../state/chairCommands'
import { floorBusy, setDragging } from '../state/chairStore'
import { listAnnouncements } from './listAnnouncements'
import { timeOfDay, useMeetingTimeZone } from '../../time/timeOfDay'
import { ListHeader } from './ListHeader'
import { QueueRow, type RowActions } from './QueueRow'
import { useControlState } from './useControlState'

/** Rows move up and down only. */
const verticalOnly: Modifier = ({ transform }) => ({ ...transform, x: 0 })

/**
 * The list of speakers in speaking order. Reorder by dragging, or from the
 * keyboard: Space picks a row up, ↑/↓ carry it, Space drops it (Esc puts it
 * back); Alt+↑/↓ moves the focused row one place at once.
 */
export function SpeakerList() {
  const session = useChairSession()
  const { t, language } = useTranslate()
  const roster = useRoster()
  const view = useFloor((state) => state.view)
  const queue = useLiveQueue(view)
  const { enabled } = useControlState()
  const busy = useChair(floorBusy)
  const dragging = useChair((state) => state.dragging)
  const seatsFull = view ? view.reservedSeats.taken >= view.reservedSeats.total : true

  // The order just dropped, shown until the server's next `state` (or a refusal).
  const [dropped, setDropped] = useState<{ version: number; ids: string[] } | null>(null)
  const order = useMemo(() => {
    const byId = new Map(queue.map((entry) => [entry.requestId, entry]))
    if (!dropped || dropped.version !== view?.version || dropped.ids.length !== queue.length) return queue
    const entries = dropped.ids.map((id) => byId.get(id))
    return entries.every(Boolean) ? (entries as QueueEntryView[]) : queue
  }, [dropped, queue, view?.version])
  const ids = useMemo(() => order.map((entry) => entry.requestId), [order])

  const [focusedId, setFocusedId] = useState<string | null>(null)
  const handles = useRef(new Map<string, HTMLButtonElement>())
  const lastFocusedIndex = useRef(0)
  const tabbableId = focusedId !== null && ids.includes(focusedId) ? focusedId : (ids[Math.min(lastFocusedIndex.current, ids.length - 1)] ?? null)

  useEffect(() => {
    if (focusedId !== null && ids.includes(focusedId)) lastFocusedIndex.current = ids.indexOf(focusedId)
  }, [focusedId, ids])

  // The focused row left the list (given the floor, removed): focus stays in the list, on the row now in its place.
  useEffect(() => {
    if (focusedId === null || ids.includes(focusedId)) return
    const replacement = ids[Math.min(lastFocusedIndex.current, ids.length - 1)]
    const lost = document.activeElement === document.body || document.activeElement === null
    setFocusedId(replacement ?? null)
    if (lost && replacement) handles.current.get(replacement)?.focus()
  }, [focusedId, ids])

  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  )

  const nameOf = useCallback(
    (id: string | number) => {
      const entry = queue.find((e) => e.requestId === id)
      return entry ? delegationName(language, entry, roster) : String(id)
    },
    [queue, language, roster],
  )
  const accessibility = useMemo(
    () => listAnnouncements(t, nameOf, (id) => ids.indexOf(String(id)) + 1),
    [t, nameOf, ids],
  )

  const move = useCallback(
    (requestId: string, toIndex: number) => {
      const from = ids.indexOf(requestId)
      if (from < 0 || toIndex < 0 || toIndex >= ids.length || toIndex === from || !view) return
      setDropped({ version: view.version, ids: arrayMove(ids, from, toIndex) })
      void moveRequest(session, requestId, toIndex).then((outcome) => {
        if (!outcome?.ok) setDropped(null)
      })
    },
    [ids, session, view],
  )

  const onDragEnd = ({ active, over }: DragEndEvent) => {
    setDragging(session.store, false)
    if (over && active.id !== over.id) move(String(active.id), ids.indexOf(String(over.id)))
  }

  const actions: RowActions = useMemo(
    () => ({
      giveFloor: (entry) => void giveFloor(session, entry.requestId),
      callToSeat: (entry) => void callToSeat(session, entry.requestId),
      remove: (entry) => void removeRequest(session, entry.requestId),
      moveBy: (entry, step) => move(entry.requestId, ids.indexOf(entry.requestId) + step),
      focusRow: (entry, where) => {
        const index = ids.indexOf(entry.requestId)
        const target = where === 'first' ? 0 : where === 'last' ? ids.length - 1 : where === 'previous' ? index - 1 : index + 1
        const id = ids[Math.max(0, Math.min(ids.length - 1, target))]
        if (id) handles.current.get(id)?.focus()
      },
    }),
    [session, move, ids],
  )

  // Where the forecast passes the segment's end: the line stays at that place in the list.
  const firstPermitting = queue.findIndex((entry) => entry.timePermitting)

  return (
    <section className="panel queue" aria-labelledby="chair-list-title">
      <ListHeader />
      {queue.length === 0 ? (
        <p className="queue__empty">{t(view?.segment ? 'chair.list.empty' : 'chair.list.noSegment')}</p>
      ) : (
        <DndContext
          sensors={sensors}
          collisionDetection={closestCenter}
          modifiers={[verticalOnly]}
          accessibility={accessibility}
          onDragStart={() => setDragging(session.store, true)}
          onDragCancel={() => setDragging(session.store, false)}
          onDragEnd={onDragEnd}
        >
          <SortableContext items={ids} strategy={verticalListSortingStrategy}>
            <ol className="queue__rows" aria-label={t('chair.list.title')}>
              <ColumnLabels />
              {order.map((entry, index) => (
                <FragmentRow key={entry.requestId} showLine={index === firstPermitting}>
                  <QueueRow
                    entry={entry}
                    position={index + 1}
                    tabbable={entry.requestId === tabbableId}
                    enabled={enabled}
                    seatsFull={seatsFull}
                    busy={busy}
                    dragging={dragging}
                    actions={actions}
                    onFocus={() => setFocusedId(entry.requestId)}
                    handleRef={(element) => {
                      if (element) handles.current.set(entry.requestId, element)
                      else handles.current.delete(entry.requestId)
                    }}
                  />
                </FragmentRow>
              ))}
            </ol>
          </SortableContext>
        </DndContext>
      )}
    </section>
  )
}

/** The columns' names, above the rows and on the same grid; screen readers hear them in each row instead. */
function ColumnLabels() {
  const { t } = useTranslate()
  return (
    <li className="queue__columns" aria-hidden="true">
      <span className="queue__column queue__column--position">{t('chair.list.columnPosition')}</span>
      <span className="queue-row__main">
        <span className="queue__column queue__column--name">{t('chair.list.columnDelegation')}</span>
        <span className="queue-row__facts">
          <span className="queue-row__badges" />
          <span className="queue__column queue__column--seat">{t('chair.list.columnSeat')}</span>
          <span className="queue__column queue__column--expected">{t('chair.list.columnExpected')}</span>
        </span>
      </span>
    </li>
  )
}

/** A row, with the "time permitting" line above it when the segment's end falls there. */
function FragmentRow({ showLine, children }: { showLine: boolean; children: ReactNode }) {
  return (
    <>
      {showLine && <TimePermittingLine />}
      {children}
    </>
  )
}

function TimePermittingLine() {
  const { t, language } = useTranslate()
  const endsAt = useFloor((state) => state.view?.segment?.endsAt ?? null)
  const timeZone = useMeetingTimeZone()
  const time = endsAt !== null ? timeOfDay(endsAt, language, timeZone) : ''
  return (
    // A list item, not a separator: a list may hold only items, and its two lines are read as they are.
    <li className="queue__permitting">
      <span className="queue__permitting-label">{t('chair.list.timePermitting')}</span>
      <span className="queue__permitting-why">{t('chair.list.timePermittingWhy', { time })}</span>
    </li>
  )
}
