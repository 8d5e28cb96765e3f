import type { BaseMessages } from './en'
import { delegateZh } from './delegate/zh'
import { interpretersZh } from './interpreters/zh'
import { statementsZh } from './statements/zh'

/** Every screen's strings but the chair's, the setup page's and the report's (`./chair`, `./admin`, `./report`). */
export const zh: BaseMessages = {
  'app.name': 'Floor',
  'landing.meetings': '会议',
  'landing.pagesHint': '每个会议都有会场显示屏（全屏显示，供会场使用：谁在发言、计时器、下一位发言者）和网播字幕条（用于视频切换台浏览器源的透明叠加层）。',
  'landing.loading': '正在加载会议……',
  'landing.none': '此服务器上尚未设置任何会议。',
  'landing.failed': '无法加载会议列表。默认会议的页面：',
  'landing.archived': '已存档',
  'landing.displayOf': '{title}的会场显示屏',
  'landing.overlayOf': '{title}的网播字幕条',
  'landing.secretariat': '供秘书处使用',
  'landing.setUp': '设置会议',
  'landing.privateLinks': '主席的链接和各代表团平板电脑的链接带有私密令牌。服务器启动时会打印主席的链接；主席可在控制台打印平板电脑的链接和二维码。设置会议需要设置页面的链接，服务器启动时会将其打印出来。',
  'route.noMeeting': '没有此会议：此服务器在该地址没有会议。请检查链接，或在起始页上选择会议。',

  'app.tagline': '多边会议的发言者名单',

  'landing.display': '会场显示屏',
  'landing.displayHint': '全屏显示，供会场使用：谁在发言、计时器、下一位发言者。',
  'landing.overlay': '网播字幕条',
  'landing.overlayHint': '用于视频切换台浏览器源的透明叠加层。',

  'route.notFound': '此地址没有页面。',
  'route.needsLink': '请使用发给您的链接打开此页面：链接中含有您的访问权限。',
  'route.home': '返回首页',

  'connection.connecting': '正在连接…',
  'connection.online': '已连接',
  'connection.offline': '连接中断，正在重新连接…',
  'connection.unauthorized': '此链接已失效。请向秘书处索取新链接。',

  'category.member-state': '会员国',
  'category.observer-state': '观察员国',
  'category.igo': '政府间组织',
  'category.un-entity': '联合国实体',
  'category.stakeholder': '利益攸关方',

  'kind.statement': '发言',
  'kind.point-of-order': '程序问题',
  'kind.right-of-reply': '答辩权',

  'timer.paused': '已暂停',
  'timer.remaining': '剩余时间',
  'timer.overrun': '超时',

  'display.nextSpeakers': '接下来的发言者',
  'display.listOfSpeakers': '发言者名单',
  'display.noSpeaker': '目前无人发言',
  'display.listEmpty': '尚无人请求发言',
  'display.listOpen': '名单开放',
  'display.listClosed': '名单已截止',
  'display.more': '另有 {count} 位',
  'display.noSegment': '会议尚未开始',
  'display.timePermitting': '时间允许时',
  'display.onBehalfOf': '代表{group}',
  ...delegateZh,
  ...interpretersZh,
  ...statementsZh,
}
