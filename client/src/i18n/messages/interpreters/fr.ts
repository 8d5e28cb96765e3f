import type { interpretersEn } from './en'

/** La cabine des interprètes, en français. */
export const interpretersFr: Record<keyof typeof interpretersEn, string> = {
  'interpreters.title': 'Cabine des interprètes',
  'interpreters.language': 'Langue de cette page',
  'interpreters.notInSession': 'Pas de séance en cours',
  'interpreters.live': 'En direct',
  'interpreters.reconnecting': 'Reconnexion…',
  'interpreters.hasFloor': 'A la parole',
  'interpreters.coming': 'À venir : {name}',
  'interpreters.nobodyHasFloor': 'Personne n’a la parole.',
  'interpreters.noStatementForSpeaker': 'Pas de déclaration écrite pour cet orateur.',
  'interpreters.nextSpeakers': 'Prochains orateurs',
  'interpreters.nobodyWaiting': 'Personne n’attend.',
  'interpreters.noStatement': 'Pas de déclaration écrite',
  'interpreters.unreadable': 'Cette déclaration n’a pas pu être ouverte (supprimée, ou la connexion a été perdue).',
}
