import type { Messages } from './en'
import { chairRu } from './chair/ru'
import { delegateRu } from './delegate/ru'
import { statementsRu } from './statements/ru'

export const ru: Partial<Messages> = {
  'app.tagline': 'Список ораторов многостороннего заседания',

  'landing.display': 'Экран зала',
  'landing.displayHint': 'Во весь экран, для зала: кому предоставлено слово, таймер, кто выступает следующим.',
  'landing.overlay': 'Титр для веб-трансляции',
  'landing.overlayHint': 'Прозрачный слой для источника «браузер» видеомикшера.',
  'landing.privateLinks':
    'Ссылка председателя и ссылки планшетов делегаций содержат секретный ключ. Сервер выводит ссылку председателя при запуске; председатель печатает ссылки и QR-коды планшетов из своей консоли.',

  'route.notFound': 'По этому адресу нет страницы.',
  'route.needsLink': 'Откройте эту страницу по выданной вам ссылке: она содержит ваш доступ.',
  'route.home': 'На начальную страницу',

  'connection.connecting': 'Подключение…',
  'connection.online': 'Подключено',
  'connection.offline': 'Связь потеряна, переподключение…',
  'connection.unauthorized': 'Эта ссылка больше не действует. Попросите новую в секретариате.',

  'category.member-state': 'Государство-член',
  'category.observer-state': 'Государство-наблюдатель',
  'category.igo': 'Межправительственная организация',
  'category.un-entity': 'Структура Организации Объединенных Наций',
  'category.stakeholder': 'Заинтересованная сторона',

  'kind.statement': 'Выступление',
  'kind.point-of-order': 'По порядку ведения заседания',
  'kind.right-of-reply': 'Право на ответ',

  'timer.paused': 'Пауза',
  'timer.remaining': 'Оставшееся время',
  'timer.overrun': 'Превышение времени',

  'display.nextSpeakers': 'Следующие ораторы',
  'display.listOfSpeakers': 'Список ораторов',
  'display.noSpeaker': 'Слово никому не предоставлено',
  'display.listEmpty': 'Слова пока никто не просил',
  'display.listOpen': 'Список открыт',
  'display.listClosed': 'Список закрыт',
  'display.more': 'и ещё {count}',
  'display.noSegment': 'Заседание не проводится',
  'display.timePermitting': 'если позволит время',
  ...chairRu,
  ...delegateRu,
  ...statementsRu,
}
