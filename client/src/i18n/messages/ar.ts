import type { BaseMessages } from './en'
import { delegateAr } from './delegate/ar'
import { interpretersAr } from './interpreters/ar'
import { statementsAr } from './statements/ar'

/** Every screen's strings but the chair's, the setup page's and the report's (`./chair`, `./admin`, `./report`). */
export const ar: BaseMessages = {
  'app.name': 'Floor',
  'landing.meetings': 'الاجتماعات',
  'landing.pagesHint': 'لكل اجتماع شاشة للقاعة (بملء الشاشة، للقاعة: من له الكلمة، والمؤقت، ومن يليه) وشريط سفلي للبث الشبكي (طبقة شفافة لمصدر المتصفح في جهاز مزج الفيديو).',
  'landing.loading': 'جارٍ تحميل الاجتماعات…',
  'landing.none': 'لم يُعدّ أي اجتماع على هذا الخادم بعد.',
  'landing.failed': 'تعذّر تحميل قائمة الاجتماعات. صفحات الاجتماع الافتراضي:',
  'landing.archived': 'مؤرشف',
  'landing.displayOf': 'شاشة القاعة لاجتماع {title}',
  'landing.overlayOf': 'الشريط السفلي للبث لاجتماع {title}',
  'landing.secretariat': 'للأمانة',
  'landing.setUp': 'إعداد اجتماع',
  'landing.privateLinks': 'يحمل رابط الرئاسة وروابط الأجهزة اللوحية للوفود رمزًا خاصًا. يطبع الخادم رابط الرئاسة عند بدء تشغيله؛ وتطبع الرئاسة روابط الأجهزة اللوحية ورموز QR الخاصة بها من وحدة التحكم. ويتطلب إعداد اجتماع رابط صفحة الإعداد، الذي يطبعه الخادم عند بدء تشغيله.',
  'route.noMeeting': 'لا يوجد هذا الاجتماع: ليس على هذا الخادم اجتماع بهذا العنوان. تحقّقوا من الرابط، أو اختاروا الاجتماع من صفحة البداية.',

  'app.tagline': 'قائمة المتكلمين في اجتماع متعدد الأطراف',

  'landing.display': 'شاشة القاعة',
  'landing.displayHint': 'بملء الشاشة، للقاعة: من يتناول الكلمة، والمؤقت، ومن المتكلم التالي.',
  'landing.overlay': 'شريط البث الشبكي',
  'landing.overlayHint': 'طبقة شفافة لمصدر المتصفح في جهاز مزج الفيديو.',

  'route.notFound': 'لا توجد صفحة على هذا العنوان.',
  'route.needsLink': 'افتح هذه الصفحة بالرابط الذي تسلمته: فهو يحمل صلاحية دخولك.',
  'route.home': 'العودة إلى صفحة البداية',

  'connection.connecting': 'جارٍ الاتصال…',
  'connection.online': 'متصل',
  'connection.offline': 'انقطع الاتصال، جارٍ إعادة الاتصال…',
  'connection.unauthorized': 'لم يعد هذا الرابط صالحًا. اطلب رابطًا جديدًا من الأمانة.',

  'category.member-state': 'دولة عضو',
  'category.observer-state': 'دولة مراقبة',
  'category.igo': 'منظمة حكومية دولية',
  'category.un-entity': 'كيان تابع للأمم المتحدة',
  'category.stakeholder': 'جهة صاحبة مصلحة',

  'kind.statement': 'بيان',
  'kind.point-of-order': 'نقطة نظام',
  'kind.right-of-reply': 'حق الرد',

  'timer.paused': 'متوقف مؤقتًا',
  'timer.remaining': 'الوقت المتبقي',
  'timer.overrun': 'تجاوز الوقت',

  'display.nextSpeakers': 'المتكلمون التالون',
  'display.listOfSpeakers': 'قائمة المتكلمين',
  'display.noSpeaker': 'لا أحد يتناول الكلمة',
  'display.listEmpty': 'لم يطلب أحد الكلمة بعد',
  'display.listOpen': 'القائمة مفتوحة',
  'display.listClosed': 'القائمة مغلقة',
  'display.more': 'و{count} آخرون',
  'display.noSegment': 'الجلسة غير منعقدة',
  'display.timePermitting': 'إذا سمح الوقت',
  'display.onBehalfOf': 'باسم {group}',
  ...delegateAr,
  ...interpretersAr,
  ...statementsAr,
}
