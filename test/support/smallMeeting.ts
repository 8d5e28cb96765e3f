import type { Delegation, MeetingDocument } from '@floor/shared'

/** A small meeting that reads like the room: a few States, observers, agencies and stakeholders. */
export const smallRoster: Delegation[] = [
  { id: 'CHE', category: 'member-state', name: 'Switzerland', seat: '1' },
  { id: 'MEX', category: 'member-state', name: 'Mexico', seat: '2' },
  { id: 'TUR', category: 'member-state', name: 'Türkiye', seat: '3', names: { fr: 'Turquie' } },
  { id: 'FRA', category: 'member-state', name: 'France', seat: '4' },
  { id: 'VAT', category: 'observer-state', name: 'Holy See', seat: 'O1' },
  { id: 'PSE', category: 'observer-state', name: 'State of Palestine', seat: 'O2' },
  { id: 'iom', category: 'igo', name: 'International Organization for Migration', seat: 'O3' },
  { id: 'unhcr', category: 'un-entity', name: 'UNHCR', seat: 'O4' },
  { id: 'msf', category: 'stakeholder', name: 'Médecins Sans Frontières', seat: 'O5' },
  { id: 'psi', category: 'stakeholder', name: 'Public Services International', seat: 'O6' },
  { id: 'coparmex', category: 'stakeholder', name: 'COPARMEX', seat: 'O7' },
]

export const smallMeeting: MeetingDocument = {
  meeting: {
    id: 'gcm-3',
    title: 'Third informal thematic session',
    timeZone: 'Europe/Zurich',
    defaultGuidelineSeconds: 180,
    reservedStakeholderSeats: 2,
  },
  segments: [
    {
      id: 'panel-1',
      title: 'Panel 1',
      startsAt: '2017-06-19T10:15:00+02:00',
      endsAt: '2017-06-19T13:00:00+02:00',
      takesRequests: true,
    },
    {
      id: 'lunch-1',
      title: 'Lunch',
      startsAt: '2017-06-19T13:00:00+02:00',
      endsAt: '2017-06-19T15:00:00+02:00',
      takesRequests: false,
    },
    {
      id: 'panel-2',
      title: 'Panel 2',
      startsAt: '2017-06-19T15:00:00+02:00',
      endsAt: '2017-06-19T17:50:00+02:00',
      takesRequests: true,
    },
  ],
  delegations: smallRoster,
}
