import type { Person, ProgrammeSegment } from '../protocol'

/**
 * The programme of work of the procedural note ("Organization of work").
 *
 * The dates. The note's second table is headed "Day 2: Tuesday, 23 May 2017",
 * but everything else puts the session on 19 and 20 June 2017: the cover
 * letter, the note's own title ("Geneva, 19-20 June 2017"), the organizational
 * arrangements ("to be held on 19 and 20 June 2017"; the stakeholder dialogue
 * "on 20 June at 9:00"), and Day 1, Monday 19 June, which makes Day 2 a Tuesday.
 * 23 May 2017 was the second day of the previous thematic session (New York,
 * 22-23 May), so that header is a leftover of the earlier note. Day 2 is 20 June.
 *
 * The times are Geneva's, summer time in June (UTC+02:00), written with their
 * offset so every client reads the same instant.
 *
 * Requests from the floor: the three panels and the summary panel take them
 * (the note's "interactive exchange" with Member States), and so does the
 * informal dialogue, where stakeholders speak to the co-facilitators. Welcome,
 * opening and closing remarks are delivered by the co-facilitators and the
 * Secretary-General of the conference only, and lunch is no meeting (the room is
 * "space for side events"), so none of those keep a list.
 *
 * Names: the note's text is OCR'd and partly garbled (panel 2 most of all).
 * Only the names and affiliations that can be read reliably are kept; obvious
 * typing slips are put right ("Interdiciplinary", "Employer' confederation").
 */

const day1 = '2017-06-19'
const day2 = '2017-06-20'

/** An instant in Geneva on a day of the session, "HH:MM" in local time. */
function geneva(day: string, time: string): string {
  return `${day}T${time}:00+02:00`
}

const gomezCamacho: Person = {
  name: 'H.E. Mr. Juan José Gómez Camacho',
  affiliation: 'Permanent Representative of Mexico to the United Nations',
}
const lauber: Person = {
  name: 'H.E. Mr. Jürg Lauber',
  affiliation: 'Permanent Representative of Switzerland to the United Nations',
}
const arbour: Person = { name: 'Ms. Louise Arbour', affiliation: 'Secretary-General of the intergovernmental conference' }
const henrikson: Person = {
  name: 'H.E. Mr. Ola Henrikson',
  affiliation: 'Director General, Ministry of Justice of Sweden',
}
const alnuaimi: Person = {
  name: 'Dr. Omar Abdulrahman Salem Alnuaimi',
  affiliation:
    'Assistant Under-Secretary for Communication and International Relations, Ministry of Human Resources and Emiratisation of the United Arab Emirates',
}
const koser: Person = {
  name: 'Dr. Khalid Koser',
  affiliation:
    'Executive Director of the Global Community Engagement and Resilience Fund and Co-Chair of the WEF Global Future Council on Migration; thematic expert for the third informal thematic session',
}

const panelTitle = 'International cooperation and governance of migration'

function lunch(day: string, dayNumber: number, id: string): ProgrammeSegment {
  return {
    id,
    day: dayNumber,
    kind: 'break',
    title: 'Lunch (space for side events)',
    startsAt: geneva(day, '13:00'),
    endsAt: geneva(day, '15:00'),
    takesRequests: false,
  }
}

function closing(day: string, dayNumber: number, id: string): ProgrammeSegment {
  return {
    id,
    day: dayNumber,
    kind: 'closing',
    title: 'Closing remarks by the co-facilitators',
    startsAt: geneva(day, '17:50'),
    endsAt: geneva(day, '18:00'),
    takesRequests: false,
    speakers: [gomezCamacho, lauber],
    interpretation: true,
  }
}

const dayOne: ProgrammeSegment[] = [
  {
    id: 'day1-opening',
    day: 1,
    kind: 'opening',
    title: 'Opening segment',
    description:
      'Welcome remarks by the co-facilitators; remarks by the Secretary-General of the intergovernmental conference.',
    startsAt: geneva(day1, '10:00'),
    endsAt: geneva(day1, '10:15'),
    takesRequests: false,
    speakers: [gomezCamacho, lauber, arbour],
    interpretation: true,
  },
  {
    id: 'panel-1',
    day: 1,
    kind: 'panel',
    title: `Panel 1: ${panelTitle} in all its dimensions`,
    description:
      'Practical means of enhancing international cooperation and governance of migration, through the institutional mechanisms that exist or could be envisaged at multiple levels: the evolution of cooperation on international migration, practical and policy gaps, and potential solutions.',
    startsAt: geneva(day1, '10:15'),
    endsAt: geneva(day1, '13:00'),
    takesRequests: true,
    moderator: henrikson,
    panelists: [
      {
        name: 'Gregory Maniatis',
        affiliation: 'Columbia University, MPI, Soros; former senior advisor to SRSG Sutherland',
      },
      {
        name: 'Ms. Margareta Wahlström',
        affiliation: 'Chairperson of the Board, Dag Hammarskjöld Foundation, and President of the Swedish Red Cross',
      },
    ],
    interpretation: true,
  },
  lunch(day1, 1, 'day1-lunch'),
  {
    id: 'panel-2',
    day: 1,
    kind: 'panel',
    title: `Panel 2: ${panelTitle} in transit, on entry and at borders`,
    description:
      'Frameworks, policies, programmes and practices that best respond to national migration priorities on transit migration, entry of migrants and border management; whole-of-government approaches, coordination mechanisms and consultations with stakeholders, including migrants.',
    startsAt: geneva(day1, '15:00'),
    endsAt: geneva(day1, '17:50'),
    takesRequests: true,
    // The scan of this panel's list is torn: a panelist of the ICRC and the
    // moderator (from a ministry of foreign affairs, consular affairs) have lost
    // their names, and Ms. Conrad her affiliation. Only what is legible stays.
    panelists: [
      { name: 'Ms. Raquel Ayora', affiliation: 'Médecins Sans Frontières (MSF), Barcelona' },
      { name: 'Ms. Marla Conrad' },
    ],
    interpretation: true,
  },
  closing(day1, 1, 'day1-closing'),
]

const dayTwo: ProgrammeSegment[] = [
  {
    id: 'day2-stakeholder-dialogue',
    day: 2,
    kind: 'dialogue',
    title: 'Informal dialogue of the co-facilitators with stakeholders',
    description:
      'All stakeholders are invited (letter of the co-facilitators of 1 June 2017); Member States are welcome to attend. Webcast; no interpretation.',
    startsAt: geneva(day2, '09:00'),
    endsAt: geneva(day2, '10:00'),
    takesRequests: true,
    speakers: [gomezCamacho, lauber],
    interpretation: false,
  },
  {
    id: 'day2-welcome',
    day: 2,
    kind: 'opening',
    title: 'Welcome remarks by the co-facilitators',
    startsAt: geneva(day2, '10:00'),
    endsAt: geneva(day2, '10:05'),
    takesRequests: false,
    speakers: [lauber, gomezCamacho],
    interpretation: true,
  },
  {
    id: 'panel-3',
    day: 2,
    kind: 'panel',
    title: `Panel 3: ${panelTitle} on return, readmission, integration and reintegration`,
    description:
      'Bilateral, regional and sub-regional cooperation mechanisms, including Regional Consultative Processes and inter-regional fora on migration; gaps that strengthened cooperation could fill; the roles of the levels of government in return, readmission, integration and reintegration.',
    startsAt: geneva(day2, '10:05'),
    endsAt: geneva(day2, '13:00'),
    takesRequests: true,
    moderator: alnuaimi,
    panelists: [
      {
        name: 'Prof. Iván Martín',
        affiliation:
          'Interdisciplinary Research Group on Immigration (GRITIM), Universitat Pompeu Fabra, Barcelona',
      },
      {
        name: 'Ms. Genevieve Gencianos',
        affiliation: 'Migration Programme Coordinator, Public Services International (PSI)',
      },
      {
        name: 'Ms. Nancy Fonseca Caldera',
        affiliation: "International Affairs Director, Employers' Confederation of Mexico (COPARMEX NACIONAL)",
      },
    ],
    interpretation: true,
  },
  lunch(day2, 2, 'day2-lunch'),
  {
    id: 'summary-panel',
    day: 2,
    kind: 'summary',
    title: 'Summary panel: Synopsis of the main conclusions and outcomes',
    description:
      'The moderators present the key recommendations of their panels; the thematic expert gives a short overview of the main discussions and the links between the panels; interactive exchange between the moderators, the thematic expert and Member States.',
    startsAt: geneva(day2, '15:00'),
    endsAt: geneva(day2, '17:50'),
    takesRequests: true,
    // The moderators of the panels present; panel 2's moderator is illegible.
    panelists: [koser, henrikson, alnuaimi],
    interpretation: true,
  },
  closing(day2, 2, 'day2-closing'),
]

/** Both days of the session, in the order of the programme. */
export const programme: readonly ProgrammeSegment[] = [...dayOne, ...dayTwo]
