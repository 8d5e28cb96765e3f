import type { delegateEn } from './en'

/** The delegate route's strings; a key left out falls back to English. */
export const delegateAr: Partial<Record<keyof typeof delegateEn, string>> = {
  'delegate.title': 'الجهاز اللوحي للوفد',
  'delegate.seat': 'المقعد {seat}',
  'delegate.language': 'اللغة',

  'delegate.request': 'طلب الكلمة',
  'delegate.otherRequests': 'نقطة نظام، حق الرد',
  'delegate.listClosed': 'القائمة مغلقة',
  'delegate.listClosedHint': 'لم تعد الرئاسة تقبل طلبات جديدة.',
  'delegate.noSegment': 'لا توجد جلسة منعقدة',
  'delegate.noSegmentHint': 'تُفتح الطلبات عندما تبدأ الرئاسة جزءًا من البرنامج.',
  'delegate.offlineHint': 'لا يوجد اتصال: يُحفظ الطلب ويُرسل عند عودة الاتصال.',

  'delegate.notOnList': 'لستم مدرجين في القائمة',
  'delegate.queueLength': 'المتكلمون المنتظرون: {count}',
  'delegate.place': 'ترتيبكم',
  'delegate.placeCaption': 'في قائمة المتكلمين',
  'delegate.expectedAt': 'متوقع نحو الساعة {time}',
  'delegate.timePermitting': 'إن سمح الوقت',
  'delegate.timePermittingHint': 'يقع الموعد المتوقع بعد نهاية هذا الجزء.',
  'delegate.withdraw': 'سحب الطلب',
  'delegate.withdrawKind': 'سحب: {kind}',

  'delegate.youAreNext': 'أنتم المتكلم التالي',
  'delegate.youAreNextHint': 'استعدوا: ستعطيكم الرئاسة الكلمة بعد المتكلم الحالي.',
  'delegate.calledToSeat': 'يرجى الجلوس في أحد المقاعد المحجوزة على الطاولة',
  'delegate.calledToSeatHint': 'تدعوكم الرئاسة إلى التكلم من الطاولة.',
  'delegate.reservedSeats': 'المقاعد المحجوزة: {seats}',
  'delegate.youHaveTheFloor': 'الكلمة لكم',
  'delegate.timeLeft': 'الوقت المتبقي',
  'delegate.overTime': 'تجاوز الوقت المحدد',

  'delegate.offline': 'انقطع الاتصال. جارٍ إعادة الاتصال…',
  'delegate.staleHint': 'قد لا يكون المعروض محدّثًا.',

  'delegate.pending.notSent': 'لم يُرسل بعد',
  'delegate.pending.whenOnline': 'سيُرسل عند عودة الاتصال.',
  'delegate.pending.sending': 'جارٍ الإرسال…',
  'delegate.pending.cancel': 'إلغاء',

  'delegate.notice.requested': 'طلبكم مدرج في القائمة.',
  'delegate.notice.withdrawn': 'سُحب طلبكم.',
  'delegate.notice.requestedOnReconnect': 'أُرسل عند عودة الاتصال: طلبكم مدرج في القائمة.',
  'delegate.notice.withdrawnOnReconnect': 'أُرسل عند عودة الاتصال: سُحب طلبكم.',
  'delegate.notice.cancelled': 'لم يُرسل: لقد ألغيتموه.',
  'delegate.notice.expired': 'لم يُرسل: لم يعد الاتصال خلال مهلة {minutes} دقيقة. اضغطوا مرة أخرى عند عودته.',
  'delegate.notice.noAnswer': 'لم يرد الخادم. القائمة المعروضة هي ما يعرفه الخادم: اضغطوا مرة أخرى إن لم يظهر طلبكم.',
  'delegate.notice.listClosed': 'لم يُقبل: قائمة المتكلمين مغلقة.',
  'delegate.notice.noSegment': 'لم يُقبل: لا توجد جلسة منعقدة.',
  'delegate.notice.notWaiting': 'لم يعد هذا الطلب في القائمة.',
  'delegate.notice.tooFast': 'ضغطات كثيرة متتالية. حاولوا مرة أخرى بعد لحظة.',
  'delegate.notice.refused': 'لم يقبله الخادم.',
  'delegate.notice.dismiss': 'إغلاق',

  'delegate.alerts': 'صوت واهتزاز عندما يحين دوري',
  'delegate.alertsOn': 'مفعّل',
  'delegate.alertsOff': 'معطّل',

  'delegate.announce.place': 'ترتيبكم {ordinal} في قائمة المتكلمين.',
  'delegate.announce.next': 'أنتم المتكلم التالي.',
  'delegate.announce.seat': 'يرجى الجلوس في أحد المقاعد المحجوزة على الطاولة.',
  'delegate.announce.floor': 'الكلمة لكم.',
  'delegate.announce.notOnList': 'لستم مدرجين في قائمة المتكلمين.',
}
