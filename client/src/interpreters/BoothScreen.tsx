import { useEffect, useMemo, useState } from 'react'
import type { QueueEntryView, StatementRef } from '@floor/shared'
import { FlagOf } from '../flags/Flag'
import { useTranslate } from '../i18n/LanguageContext'
import { LanguageSwitch } from '../i18n/LanguageSwitch'
import { languageNames } from '../i18n/languages'
import { kindLabel } from '../i18n/translate'
import { useFloor } from '../store/FloorSessionContext'
import { useRoster } from '../store/useRoster'
import { TimerText } from '../ui/TimerText'
import type { StatementCache } from './statementCache'
import { StatementViewer } from './StatementViewer'
import './booth.css'

/** Speakers after the current one whose statements the booth keeps ready. */
export const nextShown = 5

/**
 * The interpreters' booth (PROTOCOL.md section 9): the speaker with the
 * statement open, the next five with theirs fetched ahead; follows the floor
 * live. A statement of someone coming can be looked at; the next change of
 * speaker brings the page back to whoever has the floor.
 */
export function BoothScreen({ cache }: { cache: StatementCache }) {
  const { t, language } = useTranslate()
  const view = useFloor((state) => state.view)
  const connection = useFloor((state) => state.connection)
  const roster = useRoster()
  const floor = view?.floor ?? null
  const coming = useMemo(() => (view?.queue ?? []).slice(0, nextShown), [view?.queue])
  const [peek, setPeek] = useState<{ statement: StatementRef; name: string } | null>(null)
  const [chosen, setChosen] = useState<string | null>(null)

  const ids = [...(floor?.statements ?? []), ...coming.flatMap((entry) => entry.statements ?? [])].map((s) => s.statementId)
  const key = ids.join(',')
  useEffect(() => cache.keepOnly(key ? key.split(',') : []), [cache, key])
  useEffect(() => {
    setPeek(null)
    setChosen(null)
  }, [floor?.requestId])

  const floorStatements = floor?.statements ?? []
  const open = peek?.statement ?? floorStatements.find((s) => s.statementId === chosen) ?? floorStatements[0] ?? null

  return (
    <div className="booth" data-connection={connection}>
      <header className="booth__header">
        <h1 className="booth__title">{t('interpreters.title')}</h1>
        <p className="booth__meeting">{view?.meeting.title}</p>
        <p className="booth__segment">{view?.segment?.title ?? t('interpreters.notInSession')}</p>
        <LanguageSwitch label="interpreters.language" className="booth__language-switch" />
        <p className="booth__connection" role="status">
          {connection === 'online' ? t('interpreters.live') : t('interpreters.reconnecting')}
        </p>
      </header>
      <main className="booth__main">
        <section className="booth__speaker" aria-label={t('interpreters.hasFloor')}>
          {floor ? (
            <div className="booth__who">
              <FlagOf of={floor} roster={roster} className="booth__flag" />
              <div>
                <p className="booth__label">{peek ? t('interpreters.coming', { name: peek.name }) : t('interpreters.hasFloor')}</p>
                <h2 className="booth__name">{peek ? peek.name : floor.name}</h2>
                {!peek && floor.kind !== 'statement' && <p className="booth__kind">{kindLabel(language, floor.kind)}</p>}
              </div>
              {!peek && <TimerText timer={floor.timer} className="booth__timer" />}
              {peek && (
                <button type="button" className="booth__back" onClick={() => setPeek(null)}>
                  Back to the speaker
                </button>
              )}
            </div>
          ) : (
            <p className="booth__label">{t('interpreters.nobodyHasFloor')}</p>
          )}
          {!peek && floorStatements.length > 1 && (
            <div className="booth__tabs" role="tablist" aria-label="The speaker’s statements">
              {floorStatements.map((statement) => (
                <button
                  key={statement.statementId}
                  type="button"
                  role="tab"
                  aria-selected={open?.statementId === statement.statementId}
                  onClick={() => setChosen(statement.statementId)}
                >
                  <LanguageTag statement={statement} /> {statement.filename}
                </button>
              ))}
            </div>
          )}
          <div className="booth__document">
            {open ? (
              <>
                <p className="booth__file">
                  <LanguageTag statement={open} /> {open.filename}
                </p>
                <StatementViewer key={open.statementId} statement={open} cache={cache} />
              </>
            ) : (
              floor && <p className="booth__placeholder">{t('interpreters.noStatementForSpeaker')}</p>
            )}
          </div>
        </section>
        <aside className="booth__next" aria-label={t('interpreters.nextSpeakers')}>
          <h2 className="booth__next-title">{t('interpreters.nextSpeakers')}</h2>
          {coming.length === 0 && <p className="booth__placeholder">{t('interpreters.nobodyWaiting')}</p>}
          <ol className="booth__list">
            {coming.map((entry) => (
              <ComingSpeaker key={entry.requestId} entry={entry} onOpen={(statement) => setPeek({ statement, name: entry.name })} peeked={peek?.statement.statementId} />
            ))}
          </ol>
        </aside>
      </main>
    </div>
  )
}

function ComingSpeaker({ entry, onOpen, peeked }: { entry: QueueEntryView; onOpen: (statement: StatementRef) => void; peeked: string | undefined }) {
  const { t, language } = useTranslate()
  const roster = useRoster()
  const statements = entry.statements ?? []
  return (
    <li className="booth__coming">
      <FlagOf of={entry} roster={roster} className="booth__flag booth__flag--small" />
      <div className="booth__coming-body">
        <p className="booth__coming-name">
          {entry.name}
          {entry.kind !== 'statement' && <span className="booth__kind"> · {kindLabel(language, entry.kind)}</span>}
        </p>
        {statements.length === 0 ? (
          <p className="booth__none">{t('interpreters.noStatement')}</p>
        ) : (
          <ul className="booth__files">
            {statements.map((statement) => (
              <li key={statement.statementId}>
                <button type="button" className="booth__file-button" aria-pressed={peeked === statement.statementId} onClick={() => onOpen(statement)}>
                  <LanguageTag statement={statement} /> {statement.filename}
                </button>
              </li>
            ))}
          </ul>
        )}
      </div>
    </li>
  )
}

function LanguageTag({ statement }: { statement: StatementRef }) {
  return (
    <span className="booth__language" title={languageNames[statement.language]} lang={statement.language}>
      {statement.language.toUpperCase()}
    </span>
  )
}
