// Reference data of the demo meeting: the UN roster, the seat plan of Room XIX,
// the programme of the third informal thematic session. Pure data and
// functions, no I/O.
export { demoMeeting, demoRoster, type DemoMeetingOptions } from './demoMeeting'
export { memberStates, observerStates } from './memberStates.generated'
export { intergovernmentalOrganizations, unEntities } from './organizations'
export { namedStakeholders } from './stakeholders'
export { programme } from './programme'
export {
  alphabeticalKey,
  assignSeats,
  defaultFirstMemberStateId,
  gallerySeatCount,
  gallerySeatLabel,
  memberStateSeatingOrder,
  reservedStakeholderSeatLabels,
  tableSeatCount,
  tableSeatLabels,
  type SeatingOptions,
} from './seating'
export { meetingFromSetup, meetingIdFromTitle, referenceRoster, setupOf, unRoster, type SetupOutcome } from './meetingFromSetup'
