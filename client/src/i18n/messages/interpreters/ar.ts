import type { interpretersEn } from './en'

/** مقصورة المترجمين الشفويين، بالعربية. */
export const interpretersAr: Record<keyof typeof interpretersEn, string> = {
  'interpreters.title': 'مقصورة المترجمين الشفويين',
  'interpreters.language': 'لغة هذه الصفحة',
  'interpreters.notInSession': 'لا جلسة منعقدة',
  'interpreters.live': 'مباشر',
  'interpreters.reconnecting': 'جارٍ إعادة الاتصال…',
  'interpreters.hasFloor': 'يتكلم الآن',
  'interpreters.coming': 'التالي: {name}',
  'interpreters.nobodyHasFloor': 'لا أحد يتكلم الآن.',
  'interpreters.noStatementForSpeaker': 'لا يوجد بيان مكتوب لهذا المتكلم.',
  'interpreters.nextSpeakers': 'المتكلمون التالون',
  'interpreters.nobodyWaiting': 'لا أحد ينتظر.',
  'interpreters.noStatement': 'لا يوجد بيان مكتوب',
  'interpreters.unreadable': 'تعذّر فتح هذا البيان (حُذف أو انقطع الاتصال).',
}
