import type { Delegation, Meeting, MeetingDocument } from '../protocol'
import { memberStates, observerStates } from './memberStates.generated'
import { intergovernmentalOrganizations, unEntities } from './organizations'
import { programme } from './programme'
import {
  assignSeats,
  defaultFirstMemberStateId,
  gallerySeatCount,
  reservedStakeholderSeatLabels,
  tableSeatCount,
} from './seating'
import { namedStakeholders } from './stakeholders'

export interface DemoMeetingOptions {
  /** The Member State in the first seat, drawn by lot; default Bolivia (Plurinational State of), the 2016-2017 draw. */
  firstMemberStateId?: string
}

/** The whole roster before seating, in tier order: States, observers, organizations, UN entities, stakeholders. */
export const demoRoster: readonly Delegation[] = [
  ...memberStates,
  ...observerStates,
  ...intergovernmentalOrganizations,
  ...unEntities,
  ...namedStakeholders,
]

/**
 * The meeting a server seeds on an empty store: the third informal thematic
 * session of the global compact for migration, Geneva, 19-20 June 2017, with
 * its programme and its seated roster. Pure: the same options give the same
 * document.
 */
export function demoMeeting(options: DemoMeetingOptions = {}): MeetingDocument {
  const firstMemberStateId = options.firstMemberStateId ?? defaultFirstMemberStateId
  const meeting: Meeting = {
    id: 'gcm-thematic-3',
    title:
      'Third informal thematic session of the global compact for safe, orderly and regular migration: International cooperation and governance of migration in all its dimensions, including at borders, on transit, entry, return, readmission, integration and reintegration',
    venue: 'Room XIX, Palais des Nations, Geneva',
    timeZone: 'Europe/Zurich',
    // Arrangement 7: "Delegations are encouraged to limit their interventions to three minutes."
    defaultGuidelineSeconds: 180,
    // Arrangement 5: two stakeholder seats at the table with a "reserved" sign.
    reservedStakeholderSeats: reservedStakeholderSeatLabels.length,
    seatPlan: {
      firstMemberStateId,
      tableSeats: tableSeatCount,
      reservedStakeholderSeatLabels: [...reservedStakeholderSeatLabels],
      gallerySeats: gallerySeatCount,
    },
  }
  return {
    meeting,
    segments: programme.map((segment) => ({ ...segment })),
    delegations: assignSeats(demoRoster, { firstMemberStateId }),
  }
}
