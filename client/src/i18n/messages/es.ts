import type { BaseMessages } from './en'
import { delegateEs } from './delegate/es'
import { interpretersEs } from './interpreters/es'
import { statementsEs } from './statements/es'

/** Every screen's strings but the chair's, the setup page's and the report's (`./chair`, `./admin`, `./report`). */
export const es: BaseMessages = {
  'app.name': 'Floor',
  'landing.meetings': 'Reuniones',
  'landing.pagesHint': 'Cada reunión tiene una pantalla de sala (a pantalla completa, para la sala: quién tiene la palabra, el cronómetro, quién sigue) y un rótulo para la transmisión web (una capa transparente para la fuente de navegador de un mezclador de vídeo).',
  'landing.loading': 'Cargando las reuniones…',
  'landing.none': 'Todavía no se ha preparado ninguna reunión en este servidor.',
  'landing.failed': 'No se pudo cargar la lista de reuniones. Las páginas de la reunión predeterminada:',
  'landing.archived': 'Archivada',
  'landing.displayOf': 'Pantalla de sala de {title}',
  'landing.overlayOf': 'Rótulo de transmisión de {title}',
  'landing.secretariat': 'Para la secretaría',
  'landing.setUp': 'Preparar una reunión',
  'landing.privateLinks': 'El enlace de la presidencia y los de las tabletas de las delegaciones llevan un token privado. El servidor muestra el enlace de la presidencia al iniciarse; la presidencia imprime los enlaces y códigos QR de las tabletas desde su consola. Para preparar una reunión hace falta el enlace de la página de configuración, que el servidor muestra al iniciarse.',
  'route.noMeeting': 'No existe esa reunión: este servidor no tiene ninguna reunión en esta dirección. Compruebe el enlace o elija la reunión en la página de inicio.',

  'app.tagline': 'La lista de oradores de una reunión multilateral',

  'landing.display': 'Pantalla de sala',
  'landing.displayHint': 'A pantalla completa, para la sala: quién tiene la palabra, el cronómetro, quién sigue.',
  'landing.overlay': 'Rótulo para la transmisión',
  'landing.overlayHint': 'Una superposición transparente para la fuente de navegador de un mezclador de vídeo.',

  'route.notFound': 'No hay ninguna página en esta dirección.',
  'route.needsLink': 'Abra esta página con el enlace que se le entregó: contiene su acceso.',
  'route.home': 'Volver a la página de inicio',

  'connection.connecting': 'Conectando…',
  'connection.online': 'Conectado',
  'connection.offline': 'Conexión perdida, reconectando…',
  'connection.unauthorized': 'Este enlace ya no es válido. Pida uno nuevo a la secretaría.',

  'category.member-state': 'Estado Miembro',
  'category.observer-state': 'Estado observador',
  'category.igo': 'Organización intergubernamental',
  'category.un-entity': 'Entidad de las Naciones Unidas',
  'category.stakeholder': 'Parte interesada',

  'kind.statement': 'Declaración',
  'kind.point-of-order': 'Cuestión de orden',
  'kind.right-of-reply': 'Derecho de respuesta',

  'timer.paused': 'En pausa',
  'timer.remaining': 'Tiempo restante',
  'timer.overrun': 'Tiempo excedido',

  'display.nextSpeakers': 'Próximos oradores',
  'display.listOfSpeakers': 'Lista de oradores',
  'display.noSpeaker': 'Nadie tiene la palabra',
  'display.listEmpty': 'Nadie ha pedido la palabra todavía',
  'display.listOpen': 'La lista está abierta',
  'display.listClosed': 'La lista está cerrada',
  'display.more': 'y {count} más',
  'display.noSegment': 'La sesión no está en curso',
  'display.timePermitting': 'si el tiempo lo permite',
  'display.onBehalfOf': 'en nombre de {group}',
  ...delegateEs,
  ...interpretersEs,
  ...statementsEs,
}
