import { useTranslate } from '../../i18n/LanguageContext'
import type { MessageKey } from '../../i18n/translate'

type Shortcut = [keys: string[], what: MessageKey]

const everywhere: Shortcut[] = [
  [['N'], 'chair.keys.next'],
  [['P'], 'chair.keys.pause'],
  [['+', '−'], 'chair.keys.time'],
  [['E'], 'chair.keys.end'],
  [['/'], 'chair.keys.placard'],
  [['L'], 'chair.keys.list'],
  [['Ctrl+Z'], 'chair.keys.undo'],
  [['Esc'], 'chair.keys.dismiss'],
]

const inTheList: Shortcut[] = [
  [['↑', '↓'], 'chair.keys.rows'],
  [['Space'], 'chair.keys.pickUp'],
  [['Alt+↑', 'Alt+↓'], 'chair.keys.move'],
  [['G'], 'chair.keys.give'],
  [['C'], 'chair.keys.seat'],
  [['Del'], 'chair.keys.remove'],
]

/** The keyboard map, always on screen: a co-facilitator can run a segment without the mouse. */
export function ShortcutBar() {
  const { t } = useTranslate()
  return (
    <footer className="shortcut-bar" aria-labelledby="chair-keys-title">
      <h2 className="shortcut-bar__title" id="chair-keys-title">
        {t('chair.keys.title')}
      </h2>
      <Keys shortcuts={everywhere} />
      <h3 className="shortcut-bar__title">{t('chair.keys.inList')}</h3>
      <Keys shortcuts={inTheList} />
    </footer>
  )
}

function Keys({ shortcuts }: { shortcuts: Shortcut[] }) {
  const { t } = useTranslate()
  return (
    <ul className="shortcut-bar__list">
      {shortcuts.map(([keys, what]) => (
        <li key={what}>
          {keys.map((key) => (
            <kbd key={key}>{key}</kbd>
          ))}{' '}
          {t(what)}
        </li>
      ))}
    </ul>
  )
}
