import { useMemo, useState } from 'react'
import type { ProgrammeSegment } from '@floor/shared'
import { useTranslate } from '../../i18n/LanguageContext'
import { useFloor } from '../../store/FloorSessionContext'
import { useChair, useChairSession } from '../state/ChairContext'
import { setSegment } from '../state/chairCommands'
import { GuidelineForm } from './GuidelineForm'
import { SegmentForm } from './SegmentForm'
import { nextSlot } from './segmentTimes'
import { useServerNow } from '../../time/useServerClock'
import { timeOfDay, useMeetingTimeZone } from '../../time/timeOfDay'
import { dayTitle } from './meetingTime'
import { useControlState } from './useControlState'

/**
 * The programme of both days in the meeting's time; one click makes a segment
 * the active one. Each segment can be edited or removed, and segments added,
 * in a form that opens in place.
 */
export function Programme() {
  const session = useChairSession()
  const { t, language } = useTranslate()
  const timeZone = useMeetingTimeZone()
  const segments = useFloor((state) => state.view?.programme ?? state.meeting?.segments)
  const venue = useFloor((state) => state.meeting?.meeting.venue)
  const activeId = useFloor((state) => state.view?.segment?.id ?? null)
  const speaking = useFloor((state) => state.view?.floor != null)
  const speakerName = useFloor((state) => state.view?.floor?.name ?? '')
  /** The segment the chair asked to switch to while someone has the floor: it waits for a confirmation. */
  const [confirming, setConfirming] = useState<string | null>(null)
  const choose = (segmentId: string) => {
    if (speaking) setConfirming(segmentId)
    else void setSegment(session, segmentId)
  }
  const switching = useChair((state) => Boolean(state.pending.segment))
  const { enabled } = useControlState()
  /** The segment whose form is open, `new` for a new one. */
  const [editing, setEditing] = useState<string | null>(null)
  const now = useServerNow(60_000)
  const days = useMemo(() => byDay(segments ?? [], language, timeZone), [segments, language, timeZone])
  const place = venue?.split(',').pop()?.trim() || timeZone || ''
  return (
    <section className="panel programme" aria-labelledby="chair-programme-title">
      <h2 className="panel__title" id="chair-programme-title">
        {t('chair.programme.title')}
        {place && <span className="programme__zone">{t('chair.programme.zone', { place })}</span>}
      </h2>
      <div className="programme__days">
        {days.map((day) => (
          <div key={day.key} className="programme__day">
            <h3 className="programme__day-title">{day.title}</h3>
            <ul className="programme__segments">
              {day.segments.map((segment) => {
                const active = segment.id === activeId
                const start = Date.parse(segment.startsAt)
                const end = Date.parse(segment.endsAt)
                return (
                  <li key={segment.id} className="programme__item">
                    <div className="programme__row">
                      <button
                        type="button"
                        className="programme__segment"
                        aria-current={active ? 'true' : undefined}
                        disabled={!enabled || switching}
                        title={speaking && !active ? t('chair.programme.switchEnds') : undefined}
                        aria-expanded={speaking && !active ? confirming === segment.id : undefined}
                        onClick={() => !active && choose(segment.id)}
                      >
                        <span className="programme__time" dir="ltr">
                          {timeOfDay(start, language, timeZone)}–{timeOfDay(end, language, timeZone)}
                        </span>
                        <span className="programme__name" title={segment.title} dir="auto">
                          {segment.title}
                        </span>
                        {active ? (
                          <span className="visually-hidden">{t('chair.programme.active')}</span>
                        ) : !segment.takesRequests ? (
                          <span className="programme__tag">{t('chair.programme.noList')}</span>
                        ) : null}
                      </button>
                      <button
                        type="button"
                        className="programme__edit"
                        aria-label={t('chair.programme.editOf', { title: segment.title })}
                        aria-expanded={editing === segment.id}
                        onClick={() => setEditing((open) => (open === segment.id ? null : segment.id))}
                      >
                        {t('chair.programme.edit')}
                      </button>
                    </div>
                    {confirming === segment.id && !active && (
                      <div className="programme__confirm" role="group" aria-label={segment.title}>
                        <p>{t('chair.programme.confirmSwitch', { title: segment.title, name: speakerName })}</p>
                        <button
                          type="button"
                          className="button button--small button--danger"
                          disabled={!enabled || switching}
                          autoFocus
                          onClick={() => {
                            setConfirming(null)
                            void setSegment(session, segment.id)
                          }}
                        >
                          {t('chair.programme.confirmSwitchYes')}
                        </button>
                        <button type="button" className="button button--small" onClick={() => setConfirming(null)}>
                          {t('chair.programme.confirmSwitchNo')}
                        </button>
                      </div>
                    )}
                    {editing === segment.id && timeZone && (
                      <SegmentForm
                        segment={segment}
                        slot={nextSlot([segment], timeZone, now)}
                        timeZone={timeZone}
                        onClose={() => setEditing(null)}
                      />
                    )}
                  </li>
                )
              })}
            </ul>
          </div>
        ))}
      </div>
      {timeZone &&
        (editing === 'new' ? (
          <SegmentForm slot={nextSlot(segments ?? [], timeZone, now)} timeZone={timeZone} onClose={() => setEditing(null)} />
        ) : (
          <button type="button" className="button button--small programme__add" onClick={() => setEditing('new')}>
            {t('chair.programme.add')}
          </button>
        ))}
      <GuidelineForm />
    </section>
  )
}

interface Day {
  key: string
  title: string
  segments: ProgrammeSegment[]
}

function byDay(segments: readonly ProgrammeSegment[], language: Parameters<typeof dayTitle>[1], timeZone: string | undefined): Day[] {
  const days: Day[] = []
  const sorted = [...segments].sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt))
  for (const segment of sorted) {
    const start = Date.parse(segment.startsAt)
    const title = dayTitle(start, language, timeZone)
    const key = segment.day !== undefined ? `day-${segment.day}` : title
    const last = days[days.length - 1]
    if (last && last.key === key) last.segments.push(segment)
    else days.push({ key, title, segments: [segment] })
  }
  return days
}
