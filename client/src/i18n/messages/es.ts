import type { Messages } from './en'
import { chairEs } from './chair/es'
import { delegateEs } from './delegate/es'
import { statementsEs } from './statements/es'

export const es: Partial<Messages> = {
  'app.tagline': 'La lista de oradores de una reunión multilateral',

  'landing.display': 'Pantalla de sala',
  'landing.displayHint': 'A pantalla completa, para la sala: quién tiene la palabra, el cronómetro, quién sigue.',
  'landing.overlay': 'Rótulo para la transmisión',
  'landing.overlayHint': 'Una superposición transparente para la fuente de navegador de un mezclador de vídeo.',
  'landing.privateLinks':
    'El enlace de la presidencia y los de las tabletas de las delegaciones contienen un código privado. El servidor muestra el enlace de la presidencia al iniciarse; la presidencia imprime los enlaces y códigos QR de las tabletas desde su consola.',

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
  ...chairEs,
  ...delegateEs,
  ...statementsEs,
}
