import type { FloorView, Language, QueueEntryView } from '@floor/shared'
import { FlagOf } from '../flags/Flag'
import { delegationName, type Roster } from '../i18n/delegationNames'
import { categoryLabel, kindLabel, translate } from '../i18n/translate'
import { useTimerReading } from '../time/useServerClock'
import { Texts } from './Texts'
import { isLongName, UpcomingList } from './UpcomingList'
import './speaker.css'

interface SpeakerStageProps {
  floor: FloorView
  queue: readonly QueueEntryView[]
  languages: readonly Language[]
  roster: Roster | null
}

/** How many waiting speakers the room sees beside the current one. */
export const upcomingShown = 5

/** Someone has the floor: who, for how long still, and who comes next. */
export function SpeakerStage({ floor, queue, languages, roster }: SpeakerStageProps) {
  return (
    <main className="stage stage--speaker">
      <section className="speaker" data-kind={floor.kind}>
        {floor.kind !== 'statement' && (
          <Texts
            className="kind-badge speaker__kind"
            layout="inline"
            languages={languages}
            text={(language) => kindLabel(language, floor.kind)}
          />
        )}
        <div className="speaker__who">
          <FlagOf className="speaker__flag" of={floor} roster={roster} />
          <h1 className="speaker__name" data-long={isLongName(floor.name)}>
            <Texts languages={languages} text={(language) => delegationName(language, floor, roster)} />
          </h1>
        </div>
        <Texts
          className="speaker__category"
          layout="inline"
          languages={languages}
          text={(language) => categoryLabel(language, floor.category)}
        />
        {floor.onBehalfOf && (
          <Texts
            className="speaker__group"
            layout="inline"
            languages={languages}
            text={(language) => translate(language, 'display.onBehalfOf', { group: floor.onBehalfOf?.name ?? '' })}
          />
        )}
        <SpeakerTimer floor={floor} languages={languages} />
      </section>
      <aside className="upcoming">
        <h2 className="upcoming__title">
          <Texts layout="inline" languages={languages} text={(language) => translate(language, 'display.nextSpeakers')} />
        </h2>
        <UpcomingList queue={queue} shown={upcomingShown} languages={languages} roster={roster} />
      </aside>
    </main>
  )
}

function SpeakerTimer({ floor, languages }: { floor: FloorView; languages: readonly Language[] }) {
  const reading = useTimerReading(floor.timer)
  if (!reading) return null
  const guidelineSeconds = Math.ceil(floor.timer.guidelineMs / 1000)
  // The bar empties as time runs out; it moves in whole seconds, with the digits.
  const left = guidelineSeconds > 0 ? Math.min(1, Math.max(0, reading.seconds / guidelineSeconds)) : 0
  return (
    <div className="timer" data-phase={reading.phase} data-paused={reading.paused}>
      <span className="timer__digits" role="timer" data-long={reading.text.length > 5}>
        {reading.text}
      </span>
      <div className="timer__bar" aria-hidden="true">
        <div className="timer__fill" style={{ inlineSize: `${left * 100}%` }} />
      </div>
      {reading.paused && (
        <Texts
          className="timer__paused"
          layout="inline"
          languages={languages}
          text={(language) => translate(language, 'timer.paused')}
        />
      )}
    </div>
  )
}
