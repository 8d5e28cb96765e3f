import { InterventionLog } from './InterventionLog'
import { NextButton } from './NextButton'
import { Notices } from './Notices'
import { Placards } from './Placards'
import { PrintHeading } from './PrintHeading'
import { Programme } from './Programme'
import { ReservedSeats } from './ReservedSeats'
import { ShortcutBar } from './ShortcutBar'
import { SpeakerList } from './SpeakerList'
import { SpeakerPanel } from './SpeakerPanel'
import { UndoButton } from './UndoButton'
import './floor.css'
import './list.css'
import './print.css'

/**
 * The console at 1440×900: the floor on the left (speaker, Next, placards),
 * the list in the middle, the programme and the log on the right. The tab
 * order follows: speaker controls, Next, placards, list, programme, log.
 */
export function ChairConsole() {
  return (
    <>
      <main className="console">
        <PrintHeading />
        <div className="console__floor">
          <SpeakerPanel />
          <NextButton />
          <UndoButton />
          <Notices />
          <Placards />
          <ReservedSeats />
        </div>
        <SpeakerList />
        <div className="console__side">
          <Programme />
          <InterventionLog />
        </div>
      </main>
      <ShortcutBar />
    </>
  )
}
