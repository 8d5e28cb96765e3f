import type { interpretersEn } from './en'

/** Кабина переводчиков, по-русски. */
export const interpretersRu: Record<keyof typeof interpretersEn, string> = {
  'interpreters.title': 'Кабина переводчиков',
  'interpreters.language': 'Язык этой страницы',
  'interpreters.notInSession': 'Заседание не идёт',
  'interpreters.live': 'В эфире',
  'interpreters.reconnecting': 'Повторное подключение…',
  'interpreters.hasFloor': 'Слово имеет',
  'interpreters.coming': 'Далее: {name}',
  'interpreters.nobodyHasFloor': 'Слово никому не предоставлено.',
  'interpreters.noStatementForSpeaker': 'У этого оратора нет письменного текста выступления.',
  'interpreters.nextSpeakers': 'Следующие ораторы',
  'interpreters.nobodyWaiting': 'Никто не ждёт.',
  'interpreters.noStatement': 'Нет письменного текста',
  'interpreters.unreadable': 'Не удалось открыть это выступление (оно удалено или соединение прервалось).',
}
