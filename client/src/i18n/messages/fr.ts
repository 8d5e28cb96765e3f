import type { Messages } from './en'
import { chairFr } from './chair/fr'
import { delegateFr } from './delegate/fr'
import { statementsFr } from './statements/fr'

export const fr: Partial<Messages> = {
  'app.tagline': 'La liste des orateurs d’une réunion multilatérale',

  'landing.display': 'Écran de salle',
  'landing.displayHint': 'En plein écran, pour la salle : qui a la parole, le chronomètre, qui suit.',
  'landing.overlay': 'Bandeau pour la retransmission',
  'landing.overlayHint': 'Une incrustation transparente pour la source navigateur d’un mélangeur vidéo.',
  'landing.privateLinks':
    'Le lien de la présidence et ceux des tablettes des délégations contiennent un jeton privé. Le serveur affiche le lien de la présidence au démarrage ; la présidence imprime les liens et codes QR des tablettes depuis sa console.',

  'route.notFound': 'Aucune page à cette adresse.',
  'route.needsLink': 'Ouvrez cette page avec le lien qui vous a été remis : il porte votre accès.',
  'route.home': 'Retour à la page d’accueil',

  'connection.connecting': 'Connexion…',
  'connection.online': 'Connecté',
  'connection.offline': 'Connexion perdue, reconnexion…',
  'connection.unauthorized': 'Ce lien n’est plus valide. Demandez-en un nouveau au secrétariat.',

  'category.member-state': 'État Membre',
  'category.observer-state': 'État observateur',
  'category.igo': 'Organisation intergouvernementale',
  'category.un-entity': 'Entité des Nations Unies',
  'category.stakeholder': 'Partie prenante',

  'kind.statement': 'Déclaration',
  'kind.point-of-order': 'Motion d’ordre',
  'kind.right-of-reply': 'Droit de réponse',

  'timer.paused': 'En pause',
  'timer.remaining': 'Temps restant',
  'timer.overrun': 'Dépassement',

  'display.nextSpeakers': 'Prochains orateurs',
  'display.listOfSpeakers': 'Liste des orateurs',
  'display.noSpeaker': 'Personne n’a la parole',
  'display.listEmpty': 'Personne n’a encore demandé la parole',
  'display.listOpen': 'La liste est ouverte',
  'display.listClosed': 'La liste est close',
  'display.more': 'et {count} de plus',
  'display.noSegment': 'La séance n’est pas ouverte',
  'display.timePermitting': 'si le temps le permet',
  ...chairFr,
  ...delegateFr,
  ...statementsFr,
}
