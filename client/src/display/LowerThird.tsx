import type { Language } from '@floor/shared'
import { FlagOf } from '../flags/Flag'
import { delegationName } from '../i18n/delegationNames'
import { directionOf } from '../i18n/languages'
import { categoryLabel, kindLabel } from '../i18n/translate'
import { useFloor } from '../store/FloorSessionContext'
import { useRoster } from '../store/useRoster'
import { TimerText } from '../ui/TimerText'
import { Texts } from './Texts'
import './overlay.css'

/** The speaker's flag, name, delegation type and timer; nothing at all when nobody has the floor. */
export function LowerThird({ languages }: { languages: readonly Language[] }) {
  const floor = useFloor((state) => state.view?.floor ?? null)
  const roster = useRoster()
  const [leading] = languages
  if (!floor || !leading) return null
  const role = (language: Language) =>
    floor.kind === 'statement'
      ? categoryLabel(language, floor.category)
      : `${categoryLabel(language, floor.category)} · ${kindLabel(language, floor.kind)}`
  return (
    <div className="overlay" lang={leading} dir={directionOf(leading)}>
      <div className="lower-third">
        <FlagOf className="lower-third__flag" of={floor} roster={roster} />
        <div className="lower-third__text">
          <p className="lower-third__name">
            <Texts languages={languages} layout="inline" text={(language) => delegationName(language, floor, roster)} />
          </p>
          <p className="lower-third__role">
            <Texts languages={languages} layout="inline" text={role} />
          </p>
        </div>
        <TimerText className="lower-third__timer" timer={floor.timer} />
      </div>
    </div>
  )
}
