import type { delegateEn } from './en'

/** The delegate route's strings: every key of the English catalogue, TypeScript checks it. */
export const delegateRu: Record<keyof typeof delegateEn, string> = {
  'delegate.title': 'Планшет делегации',
  'delegate.seat': 'Место {seat}',
  'delegate.language': 'Язык',

  'delegate.request': 'Попросить слово',
  'delegate.onBehalfOf': 'Выступить от имени',
  'delegate.ownBehalf': 'Моей делегации',
  'delegate.onBehalfOfGroup': 'От имени: {group}',
  'delegate.otherRequests': 'Порядок ведения заседания, право на ответ',
  'delegate.listClosed': 'Список закрыт',
  'delegate.listClosedHint': 'Председатель больше не принимает заявки.',
  'delegate.noSegment': 'Заседание не идёт',
  'delegate.noSegmentHint': 'Заявки открываются, когда председатель начинает этап программы.',
  'delegate.offlineHint': 'Нет связи: нажатие сохраняется и будет отправлено, когда связь восстановится.',

  'delegate.notOnList': 'Вас нет в списке',
  'delegate.queueLength': 'Ожидают слова: {count}',
  'delegate.place': 'Ваше место',
  'delegate.placeCaption': 'в списке ораторов',
  'delegate.expectedAt': 'Ожидается около {time}',
  'delegate.timePermitting': 'Если позволит время',
  'delegate.timePermittingHint': 'Прогноз приходится на время после окончания этапа.',
  'delegate.withdraw': 'Снять заявку',
  'delegate.withdrawKind': 'Снять: {kind}',

  'delegate.youAreNext': 'Вы выступаете следующим',
  'delegate.youAreNextHint': 'Будьте готовы: председатель даст вам слово после нынешнего оратора.',
  'delegate.calledToSeat': 'Пожалуйста, займите зарезервированное место за столом',
  'delegate.calledToSeatHint': 'Председатель приглашает вас выступить из-за стола.',
  'delegate.reservedSeats': 'Зарезервированные места: {seats}',
  'delegate.youHaveTheFloor': 'Вам предоставлено слово',
  'delegate.timeLeft': 'Осталось времени',
  'delegate.overTime': 'Сверх регламента',

  'delegate.offline': 'Связь потеряна. Переподключение…',
  'delegate.staleHint': 'Показанное может быть устаревшим.',

  'delegate.pending.notSent': 'Ещё не отправлено',
  'delegate.pending.whenOnline': 'Будет отправлено, когда связь восстановится.',
  'delegate.pending.sending': 'Отправка…',
  'delegate.pending.cancel': 'Отменить',
  'delegate.pending.withdrawingIn': 'Отзыв через {seconds} с…',
  'delegate.pending.placeKept': 'До этого ваше место сохраняется.',
  'delegate.pending.takeBack': 'Вернуть',

  'delegate.notice.requested': 'Ваша заявка в списке.',
  'delegate.notice.withdrawn': 'Ваша заявка снята.',
  'delegate.notice.requestedOnReconnect': 'Отправлено после восстановления связи: ваша заявка в списке.',
  'delegate.notice.withdrawnOnReconnect': 'Отправлено после восстановления связи: ваша заявка снята.',
  'delegate.notice.cancelled': 'Не отправлено: вы отменили.',
  'delegate.notice.takenBack': 'Возвращено: вы остаётесь в списке на своём месте.',
  'delegate.notice.expired':
    'Не отправлено: связь не восстановилась за {minutes} мин. Нажмите снова, когда она появится.',
  'delegate.notice.noAnswer':
    'Сервер не ответил. Показан список, известный серверу: нажмите снова, если вашей заявки в нём нет.',
  'delegate.notice.listClosed': 'Не принято: список ораторов закрыт.',
  'delegate.notice.noSegment': 'Не принято: заседание не идёт.',
  'delegate.notice.notWaiting': 'Этой заявки уже нет в списке.',
  'delegate.notice.tooFast': 'Слишком много нажатий. Повторите через мгновение.',
  'delegate.notice.refused': 'Сервер не принял заявку.',
  'delegate.notice.dismiss': 'Закрыть',

  'delegate.alerts': 'Звук и вибрация, когда подходит моя очередь',
  'delegate.alertsOn': 'Вкл.',
  'delegate.alertsOff': 'Выкл.',

  'delegate.announce.place': 'Вы {ordinal} в списке ораторов.',
  'delegate.announce.next': 'Вы выступаете следующим.',
  'delegate.announce.seat': 'Пожалуйста, займите зарезервированное место за столом.',
  'delegate.announce.floor': 'Вам предоставлено слово.',
  'delegate.announce.notOnList': 'Вас нет в списке ораторов.',
}
