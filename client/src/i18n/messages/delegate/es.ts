import type { delegateEn } from './en'

/** The delegate route's strings: every key of the English catalogue, TypeScript checks it. */
export const delegateEs: Record<keyof typeof delegateEn, string> = {
  'delegate.title': 'Tableta de la delegación',
  'delegate.seat': 'Asiento {seat}',
  'delegate.language': 'Idioma',

  'delegate.request': 'Pedir la palabra',
  'delegate.onBehalfOf': 'Hacer uso de la palabra en nombre de',
  'delegate.ownBehalf': 'Mi delegación',
  'delegate.onBehalfOfGroup': 'En nombre de {group}',
  'delegate.otherRequests': 'Cuestión de orden, derecho de respuesta',
  'delegate.listClosed': 'La lista está cerrada',
  'delegate.listClosedHint': 'La presidencia no acepta más solicitudes.',
  'delegate.noSegment': 'No hay sesión en curso',
  'delegate.noSegmentHint': 'Las solicitudes se abren cuando la presidencia inicia un segmento.',
  'delegate.offlineHint': 'Sin conexión: la solicitud se guarda y se envía cuando vuelva la conexión.',

  'delegate.notOnList': 'No figura en la lista',
  'delegate.queueLength': 'Oradores en espera: {count}',
  'delegate.place': 'Su lugar',
  'delegate.placeCaption': 'en la lista de oradores',
  'delegate.expectedAt': 'Previsto hacia las {time}',
  'delegate.timePermitting': 'Si el tiempo lo permite',
  'delegate.timePermittingHint': 'La previsión cae después del final del segmento.',
  'delegate.withdraw': 'Retirar',
  'delegate.withdrawKind': 'Retirar: {kind}',

  'delegate.youAreNext': 'Usted es el siguiente orador',
  'delegate.youAreNextHint': 'Esté listo: la presidencia le dará la palabra después del orador actual.',
  'delegate.calledToSeat': 'Por favor, ocupe un asiento reservado en la mesa',
  'delegate.calledToSeatHint': 'La presidencia le invita a hablar desde la mesa.',
  'delegate.reservedSeats': 'Asientos reservados: {seats}',
  'delegate.youHaveTheFloor': 'Tiene la palabra',
  'delegate.timeLeft': 'Tiempo restante',
  'delegate.overTime': 'Por encima del tiempo indicativo',

  'delegate.offline': 'Conexión perdida. Reconectando…',
  'delegate.staleHint': 'Lo que se muestra puede no estar actualizado.',

  'delegate.pending.notSent': 'Aún no enviado',
  'delegate.pending.whenOnline': 'Se enviará cuando vuelva la conexión.',
  'delegate.pending.sending': 'Enviando…',
  'delegate.pending.cancel': 'Cancelar',
  'delegate.pending.withdrawingIn': 'Retirando en {seconds} s…',
  'delegate.pending.placeKept': 'Conserva su lugar hasta entonces.',
  'delegate.pending.takeBack': 'Deshacer',

  'delegate.notice.requested': 'Su solicitud está en la lista.',
  'delegate.notice.withdrawn': 'Su solicitud ha sido retirada.',
  'delegate.notice.requestedOnReconnect': 'Enviado al volver la conexión: su solicitud está en la lista.',
  'delegate.notice.withdrawnOnReconnect': 'Enviado al volver la conexión: su solicitud ha sido retirada.',
  'delegate.notice.cancelled': 'No enviado: lo ha cancelado.',
  'delegate.notice.takenBack': 'Deshecho: sigue en la lista, en su lugar.',
  'delegate.notice.expired':
    'No enviado: la conexión no volvió en {minutes} minutos. Toque de nuevo cuando se restablezca.',
  'delegate.notice.noAnswer':
    'El servidor no respondió. La lista que se muestra es la que conoce: toque de nuevo si su solicitud no aparece.',
  'delegate.notice.listClosed': 'No aceptada: la lista de oradores está cerrada.',
  'delegate.notice.noSegment': 'No aceptada: no hay sesión en curso.',
  'delegate.notice.notWaiting': 'Esa solicitud ya no estaba en la lista.',
  'delegate.notice.tooFast': 'Demasiados toques seguidos. Inténtelo de nuevo en un momento.',
  'delegate.notice.refused': 'El servidor no la aceptó.',
  'delegate.notice.dismiss': 'Cerrar',

  'delegate.alerts': 'Sonido y vibración cuando me toque',
  'delegate.alertsOn': 'Sí',
  'delegate.alertsOff': 'No',

  'delegate.announce.place': 'Ocupa el {ordinal} lugar en la lista de oradores.',
  'delegate.announce.next': 'Usted es el siguiente orador.',
  'delegate.announce.seat': 'Por favor, ocupe un asiento reservado en la mesa.',
  'delegate.announce.floor': 'Tiene la palabra.',
  'delegate.announce.notOnList': 'No figura en la lista de oradores.',
}
