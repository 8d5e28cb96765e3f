import type { BaseMessages } from './en'
import { delegateFr } from './delegate/fr'
import { interpretersFr } from './interpreters/fr'
import { statementsFr } from './statements/fr'

/** Every screen's strings but the chair's, the setup page's and the report's (`./chair`, `./admin`, `./report`). */
export const fr: BaseMessages = {
  'app.name': 'Floor',
  'landing.meetings': 'Réunions',
  'landing.pagesHint': 'Chaque réunion a un écran de salle (en plein écran, pour la salle : qui a la parole, le chronomètre, qui suit) et un bandeau pour la retransmission (une incrustation transparente pour la source navigateur d’un mélangeur vidéo).',
  'landing.loading': 'Chargement des réunions…',
  'landing.none': 'Aucune réunion n’a encore été organisée sur ce serveur.',
  'landing.failed': 'La liste des réunions n’a pas pu être chargée. Les pages de la réunion par défaut :',
  'landing.archived': 'Archivée',
  'landing.displayOf': 'Écran de salle de {title}',
  'landing.overlayOf': 'Bandeau de retransmission de {title}',
  'landing.secretariat': 'Pour le secrétariat',
  'landing.setUp': 'Organiser une réunion',
  'landing.privateLinks': 'Le lien de la présidence et ceux des tablettes des délégations contiennent un jeton privé. Le serveur affiche le lien de la présidence au démarrage ; la présidence imprime les liens et codes QR des tablettes depuis sa console. Organiser une réunion demande le lien de la page de configuration, que le serveur affiche au démarrage.',
  'route.noMeeting': 'Réunion introuvable : ce serveur n’a aucune réunion à cette adresse. Vérifiez le lien ou choisissez la réunion sur la page d’accueil.',

  'app.tagline': 'La liste des orateurs d’une réunion multilatérale',

  'landing.display': 'Écran de salle',
  'landing.displayHint': 'En plein écran, pour la salle : qui a la parole, le chronomètre, qui suit.',
  'landing.overlay': 'Bandeau pour la retransmission',
  'landing.overlayHint': 'Une incrustation transparente pour la source navigateur d’un mélangeur vidéo.',

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
  'display.onBehalfOf': 'au nom de {group}',
  ...delegateFr,
  ...interpretersFr,
  ...statementsFr,
}
