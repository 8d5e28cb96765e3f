import type { Language, QueueEntryView, SegmentView } from '@floor/shared'
import type { Roster } from '../i18n/delegationNames'
import { translate } from '../i18n/translate'
import { Texts } from './Texts'
import { UpcomingList } from './UpcomingList'

interface IdleStageProps {
  segment: SegmentView | null
  queue: readonly QueueEntryView[]
  languages: readonly Language[]
  roster: Roster | null
}

/** The whole screen holds this many names when nobody speaks (two columns of six). */
export const idleListShown = 12

/** Nobody has the floor: the segment, whether its list is open, and the list itself. */
export function IdleStage({ segment, queue, languages, roster }: IdleStageProps) {
  const say = (key: Parameters<typeof translate>[1]) => (language: Language) => translate(language, key)
  if (!segment) {
    return (
      <main className="stage stage--idle">
        <p className="idle__closed">
          <Texts layout="stack" languages={languages} text={say('display.noSegment')} />
        </p>
      </main>
    )
  }
  return (
    <main className="stage stage--idle">
      <section className="idle__list">
        <div className="idle__bar">
          <h2 className="idle__heading">
            <Texts layout="inline" languages={languages} text={say('display.listOfSpeakers')} />
            <Texts
              className="idle__open"
              layout="inline"
              languages={languages}
              text={say(segment.listOpen ? 'display.listOpen' : 'display.listClosed')}
            />
          </h2>
          <p className="idle__status">
            <Texts layout="inline" languages={languages} text={say('display.noSpeaker')} />
          </p>
        </div>
        <UpcomingList queue={queue} shown={idleListShown} languages={languages} roster={roster} layout="columns" />
      </section>
    </main>
  )
}
