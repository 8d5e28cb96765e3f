import type { interpretersEn } from './en'

/** La cabina de los intérpretes, en español. */
export const interpretersEs: Record<keyof typeof interpretersEn, string> = {
  'interpreters.title': 'Cabina de intérpretes',
  'interpreters.language': 'Idioma de esta página',
  'interpreters.notInSession': 'Sin sesión en curso',
  'interpreters.live': 'En directo',
  'interpreters.reconnecting': 'Reconectando…',
  'interpreters.hasFloor': 'Tiene la palabra',
  'interpreters.coming': 'A continuación: {name}',
  'interpreters.nobodyHasFloor': 'Nadie tiene la palabra.',
  'interpreters.noStatementForSpeaker': 'No hay declaración escrita de este orador.',
  'interpreters.nextSpeakers': 'Próximos oradores',
  'interpreters.nobodyWaiting': 'Nadie está esperando.',
  'interpreters.noStatement': 'Sin declaración escrita',
  'interpreters.unreadable': 'No se pudo abrir esta declaración (se eliminó o se perdió la conexión).',
}
