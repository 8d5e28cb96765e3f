/** The interpreters' booth (`/interpreters`). */
export const interpretersEn = {
  'interpreters.title': 'Interpreters’ booth',
  'interpreters.language': 'Language of this page',
  'interpreters.notInSession': 'Not in session',
  'interpreters.live': 'Live',
  'interpreters.reconnecting': 'Reconnecting…',
  'interpreters.hasFloor': 'Has the floor',
  'interpreters.coming': 'Coming: {name}',
  'interpreters.nobodyHasFloor': 'Nobody has the floor.',
  'interpreters.noStatementForSpeaker': 'No written statement for this speaker.',
  'interpreters.nextSpeakers': 'Next speakers',
  'interpreters.nobodyWaiting': 'Nobody is waiting.',
  'interpreters.noStatement': 'No written statement',
  'interpreters.unreadable': 'This statement could not be opened (deleted, or the connection dropped).',
}
