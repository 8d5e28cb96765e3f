import { directionOf } from '../i18n/languages'
import { useFloor } from '../store/FloorSessionContext'
import { useLiveQueue } from '../time/liveForecast'
import { useRoster } from '../store/useRoster'
import { ConnectionIndicator } from './ConnectionIndicator'
import { DisplayHeader } from './DisplayHeader'
import type { DisplayOptions } from './displayOptions'
import { IdleStage } from './IdleStage'
import { SpeakerStage } from './SpeakerStage'
import './display.css'

/** The room display: read-only, no controls, laid out for a screen seen from 25 m. */
export function DisplayScreen({ options }: { options: DisplayOptions }) {
  const view = useFloor((state) => state.view)
  const queue = useLiveQueue(view)
  const roster = useRoster()
  const { languages, theme } = options
  const [leading] = languages
  return (
    <div className="display" data-theme={theme} lang={leading} dir={directionOf(leading)}>
      {view && <DisplayHeader language={leading} />}
      {view?.floor ? (
        <SpeakerStage floor={view.floor} queue={queue} languages={languages} roster={roster} />
      ) : view ? (
        <IdleStage segment={view.segment} queue={queue} languages={languages} roster={roster} />
      ) : null}
      <ConnectionIndicator languages={languages} />
    </div>
  )
}
