import type { delegateEn } from './en'

/** The delegate route's strings: every key of the English catalogue, TypeScript checks it. */
export const delegateFr: Record<keyof typeof delegateEn, string> = {
  'delegate.title': 'Tablette de la délégation',
  'delegate.seat': 'Siège {seat}',
  'delegate.language': 'Langue',

  'delegate.request': 'Demander la parole',
  'delegate.onBehalfOf': 'Prendre la parole au nom de',
  'delegate.ownBehalf': 'Ma délégation',
  'delegate.onBehalfOfGroup': 'Au nom de {group}',
  'delegate.otherRequests': 'Motion d’ordre, droit de réponse',
  'delegate.listClosed': 'La liste est close',
  'delegate.listClosedHint': 'La présidence ne prend plus de demandes.',
  'delegate.noSegment': 'Pas de séance en cours',
  'delegate.noSegmentHint': 'Les demandes s’ouvrent quand la présidence ouvre un segment.',
  'delegate.offlineHint': 'Pas de connexion : une demande est gardée et envoyée au retour de la connexion.',

  'delegate.notOnList': 'Vous n’êtes pas sur la liste',
  'delegate.queueLength': 'Orateurs en attente : {count}',
  'delegate.place': 'Votre place',
  'delegate.placeCaption': 'sur la liste des orateurs',
  'delegate.expectedAt': 'Prévu vers {time}',
  'delegate.timePermitting': 'Si le temps le permet',
  'delegate.timePermittingHint': 'La prévision tombe après la fin du segment.',
  'delegate.withdraw': 'Retirer',
  'delegate.withdrawKind': 'Retirer : {kind}',

  'delegate.youAreNext': 'Vous êtes le prochain orateur',
  'delegate.youAreNextHint': 'Tenez-vous prêt : la présidence vous donne la parole après l’orateur actuel.',
  'delegate.calledToSeat': 'Veuillez prendre un siège réservé à la table',
  'delegate.calledToSeatHint': 'La présidence vous invite à parler depuis la table.',
  'delegate.reservedSeats': 'Sièges réservés : {seats}',
  'delegate.youHaveTheFloor': 'Vous avez la parole',
  'delegate.timeLeft': 'Temps restant',
  'delegate.overTime': 'Au-delà du temps indicatif',

  'delegate.offline': 'Connexion perdue. Reconnexion…',
  'delegate.staleHint': 'Ce qui est affiché peut ne plus être à jour.',

  'delegate.pending.notSent': 'Pas encore envoyé',
  'delegate.pending.whenOnline': 'Ce sera envoyé au retour de la connexion.',
  'delegate.pending.sending': 'Envoi…',
  'delegate.pending.cancel': 'Annuler',
  'delegate.pending.withdrawingIn': 'Retrait dans {seconds} s…',
  'delegate.pending.placeKept': 'Votre place est gardée jusque-là.',
  'delegate.pending.takeBack': 'Reprendre',

  'delegate.notice.requested': 'Votre demande est sur la liste.',
  'delegate.notice.withdrawn': 'Votre demande a été retirée.',
  'delegate.notice.requestedOnReconnect': 'Envoyé au retour de la connexion : votre demande est sur la liste.',
  'delegate.notice.withdrawnOnReconnect': 'Envoyé au retour de la connexion : votre demande a été retirée.',
  'delegate.notice.cancelled': 'Non envoyé : vous l’avez annulé.',
  'delegate.notice.takenBack': 'Repris : vous restez sur la liste, à votre place.',
  'delegate.notice.expired':
    'Non envoyé : la connexion n’est pas revenue dans les {minutes} minutes. Touchez à nouveau une fois qu’elle est rétablie.',
  'delegate.notice.noAnswer':
    'Pas de réponse du serveur. La liste affichée est celle qu’il connaît : touchez à nouveau si votre demande n’y figure pas.',
  'delegate.notice.listClosed': 'Non acceptée : la liste des orateurs est close.',
  'delegate.notice.noSegment': 'Non acceptée : il n’y a pas de séance en cours.',
  'delegate.notice.notWaiting': 'Cette demande n’était plus sur la liste.',
  'delegate.notice.tooFast': 'Trop de demandes à la suite. Réessayez dans un instant.',
  'delegate.notice.refused': 'Non acceptée par le serveur.',
  'delegate.notice.dismiss': 'Fermer',

  'delegate.alerts': 'Son et vibration quand mon tour approche',
  'delegate.alertsOn': 'Oui',
  'delegate.alertsOff': 'Non',

  'delegate.announce.place': 'Vous êtes {ordinal} sur la liste des orateurs.',
  'delegate.announce.next': 'Vous êtes le prochain orateur.',
  'delegate.announce.seat': 'Veuillez prendre un siège réservé à la table.',
  'delegate.announce.floor': 'Vous avez la parole.',
  'delegate.announce.notOnList': 'Vous n’êtes pas sur la liste des orateurs.',
}
