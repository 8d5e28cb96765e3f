import type { BaseMessages } from './en'
import { delegateRu } from './delegate/ru'
import { interpretersRu } from './interpreters/ru'
import { statementsRu } from './statements/ru'

/** Every screen's strings but the chair's, the setup page's and the report's (`./chair`, `./admin`, `./report`). */
export const ru: BaseMessages = {
  'app.name': 'Floor',
  'landing.meetings': 'Заседания',
  'landing.pagesHint': 'У каждого заседания есть экран зала (во весь экран, для зала: кто выступает, таймер, кто следующий) и титр для веб-трансляции (прозрачный слой для браузерного источника видеомикшера).',
  'landing.loading': 'Загрузка заседаний…',
  'landing.none': 'На этом сервере ещё не создано ни одного заседания.',
  'landing.failed': 'Не удалось загрузить список заседаний. Страницы заседания по умолчанию:',
  'landing.archived': 'В архиве',
  'landing.displayOf': 'Экран зала: {title}',
  'landing.overlayOf': 'Титр веб-трансляции: {title}',
  'landing.secretariat': 'Для секретариата',
  'landing.setUp': 'Создать заседание',
  'landing.privateLinks': 'Ссылка председателя и ссылки планшетов делегаций содержат личный токен. Сервер выводит ссылку председателя при запуске; председатель печатает ссылки и QR-коды планшетов из своей консоли. Для создания заседания нужна ссылка страницы настройки, которую сервер выводит при запуске.',
  'route.noMeeting': 'Такого заседания нет: на этом сервере нет заседания по этому адресу. Проверьте ссылку или выберите заседание на начальной странице.',

  'app.tagline': 'Список ораторов многостороннего заседания',

  'landing.display': 'Экран зала',
  'landing.displayHint': 'Во весь экран, для зала: кому предоставлено слово, таймер, кто выступает следующим.',
  'landing.overlay': 'Титр для веб-трансляции',
  'landing.overlayHint': 'Прозрачный слой для источника «браузер» видеомикшера.',

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
  'display.onBehalfOf': 'от имени: {group}',
  ...delegateRu,
  ...interpretersRu,
  ...statementsRu,
}
