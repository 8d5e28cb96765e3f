import type { Language, QueueEntryView } from '@floor/shared'
import { FlagOf } from '../flags/Flag'
import { delegationName, type Roster } from '../i18n/delegationNames'
import { kindLabel, translate } from '../i18n/translate'
import { Texts } from './Texts'
import './upcoming.css'

interface UpcomingListProps {
  queue: readonly QueueEntryView[]
  shown: number
  languages: readonly Language[]
  roster: Roster | null
  /** `columns`: the whole screen is the list (nobody has the floor). */
  layout?: 'column' | 'columns'
}

/** Names this long ("United Kingdom of Great Britain and Northern Ireland") are set smaller. */
export const isLongName = (name: string) => name.length > 20

/** The head of the list in speaking order, numbered, with a line where "time permitting" begins. */
export function UpcomingList({ queue, shown, languages, roster, layout = 'column' }: UpcomingListProps) {
  const head = queue.slice(0, shown)
  const more = queue.length - head.length
  const firstPermitting = head.findIndex((entry) => entry.timePermitting)
  if (queue.length === 0) {
    return (
      <p className="upcoming__empty">
        <Texts languages={languages} text={(language) => translate(language, 'display.listEmpty')} />
      </p>
    )
  }
  return (
    <>
      <ol className={`upcoming__list upcoming__list--${layout}`}>
        {head.map((entry, index) => (
          <li
            key={entry.requestId}
            className="upcoming__entry"
            data-kind={entry.kind}
            data-time-permitting={entry.timePermitting}
            data-first-time-permitting={index === firstPermitting}
          >
            {index === firstPermitting && (
              <Texts
                className="upcoming__permitting"
                layout="inline"
                languages={languages}
                text={(language) => translate(language, 'display.timePermitting')}
              />
            )}
            <span className="upcoming__number">{index + 1}</span>
            <FlagOf className="upcoming__flag" of={entry} roster={roster} />
            <span className="upcoming__name" data-long={isLongName(entry.name)}>
              {/* One language only: two lines per entry would push the fifth speaker off the screen. */}
              <Texts languages={languages.slice(0, 1)} text={(language) => delegationName(language, entry, roster)} />
            </span>
            {entry.onBehalfOf && (
              <Texts
                className="upcoming__group"
                layout="inline"
                languages={languages.slice(0, 1)}
                text={(language) => translate(language, 'display.onBehalfOf', { group: entry.onBehalfOf?.name ?? '' })}
              />
            )}
            {entry.kind !== 'statement' && (
              <Texts
                className="kind-badge upcoming__kind"
                layout="inline"
                languages={languages.slice(0, 1)}
                text={(language) => kindLabel(language, entry.kind)}
              />
            )}
          </li>
        ))}
      </ol>
      {more > 0 && (
        <p className="upcoming__more">
          <Texts layout="inline" languages={languages} text={(language) => translate(language, 'display.more', { count: more })} />
        </p>
      )}
    </>
  )
}
