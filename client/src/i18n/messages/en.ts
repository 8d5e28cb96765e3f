/**
 * The strings every screen may need, in English, in the code of every page:
 * the start page, notices, the display, the tablet, the booth, statements.
 * The chair's, the setup page's and the report's strings are parts of their
 * own (`./chair`, `./admin`, `./report`), brought by those pages. The English
 * objects define the keys; the other languages translate every one of them.
 * Placeholders are written `{name}`.
 */
import type { adminEn } from './admin/en'
import type { chairEn } from './chair/en'
import { delegateEn } from './delegate/en'
import type { reportEn } from './report/en'
import { interpretersEn } from './interpreters/en'
import { statementsEn } from './statements/en'

export const en = {
  'app.name': 'Floor',
  'app.tagline': 'The list of speakers of a multilateral meeting',

  'landing.display': 'Room display',
  'landing.displayHint': 'Full screen, for the room: who has the floor, the timer, who comes next.',
  'landing.overlay': 'Webcast lower third',
  'landing.overlayHint': 'A transparent overlay for a video mixer’s browser source.',
  'landing.meetings': 'Meetings',
  'landing.pagesHint':
    'Each meeting has a room display (full screen, for the room: who has the floor, the timer, who comes next) and a webcast lower third (a transparent overlay for a video mixer’s browser source).',
  'landing.loading': 'Loading the meetings…',
  'landing.none': 'No meeting has been set up on this server yet.',
  'landing.failed': 'The list of meetings could not be loaded. The default meeting’s pages:',
  'landing.archived': 'Archived',
  'landing.displayOf': 'Room display of {title}',
  'landing.overlayOf': 'Webcast lower third of {title}',
  'landing.secretariat': 'For the secretariat',
  'landing.setUp': 'Set up a meeting',
  'landing.privateLinks':
    'The chair’s link and the delegation tablets’ links carry a private token. The server prints the chair’s link when it starts; the chair prints the tablets’ links and QR codes from the console. Setting up a meeting needs the setup page’s link, which the server prints when it starts.',

  'route.notFound': 'There is no page at this address.',
  'route.needsLink': 'Open this page with the link you were given: it carries your access.',
  'route.home': 'Back to the start page',
  'route.noMeeting': 'No such meeting: this server has no meeting at this address. Check the link, or pick the meeting on the start page.',

  'connection.connecting': 'Connecting…',
  'connection.online': 'Connected',
  'connection.offline': 'Connection lost, reconnecting…',
  'connection.unauthorized': 'This link is no longer valid. Ask the secretariat for a new one.',

  'category.member-state': 'Member State',
  'category.observer-state': 'Observer State',
  'category.igo': 'Intergovernmental organization',
  'category.un-entity': 'United Nations entity',
  'category.stakeholder': 'Stakeholder',

  'kind.statement': 'Statement',
  'kind.point-of-order': 'Point of order',
  'kind.right-of-reply': 'Right of reply',

  'timer.paused': 'Paused',
  'timer.remaining': 'Time remaining',
  'timer.overrun': 'Over time',

  'display.nextSpeakers': 'Next speakers',
  'display.listOfSpeakers': 'List of speakers',
  'display.noSpeaker': 'No one has the floor',
  'display.listEmpty': 'No one has asked for the floor yet',
  'display.listOpen': 'The list is open',
  'display.listClosed': 'The list is closed',
  'display.more': 'and {count} more',
  'display.noSegment': 'The meeting is not in session',
  'display.timePermitting': 'time permitting',
  'display.onBehalfOf': 'on behalf of {group}',
  ...delegateEn,
  ...interpretersEn,
  ...statementsEn,
} as const

/** The keys of every screen's strings. */
export type BaseKey = keyof typeof en
/** Every key of the client, whichever part it is in. */
export type MessageKey = BaseKey | keyof typeof chairEn | keyof typeof adminEn | keyof typeof reportEn
export type BaseMessages = Record<BaseKey, string>
export type Messages = Record<MessageKey, string>
