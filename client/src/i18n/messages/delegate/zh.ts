import type { delegateEn } from './en'

/** The delegate route's strings; a key left out falls back to English. */
export const delegateZh: Partial<Record<keyof typeof delegateEn, string>> = {
  'delegate.title': '代表团平板',
  'delegate.seat': '座位 {seat}',
  'delegate.language': '语言',

  'delegate.request': '请求发言',
  'delegate.otherRequests': '程序问题、答辩权',
  'delegate.listClosed': '发言名单已截止',
  'delegate.listClosedHint': '主席不再接受新的发言请求。',
  'delegate.noSegment': '会议未在进行',
  'delegate.noSegmentHint': '主席开始一个议程段后即可请求发言。',
  'delegate.offlineHint': '未连接：点击会被保留，并在连接恢复后发送。',

  'delegate.notOnList': '您不在发言名单上',
  'delegate.queueLength': '等候发言：{count}',
  'delegate.place': '您的位次',
  'delegate.placeCaption': '在发言名单中',
  'delegate.expectedAt': '预计约 {time} 发言',
  'delegate.timePermitting': '时间允许时',
  'delegate.timePermittingHint': '预计时间晚于本议程段结束时间。',
  'delegate.withdraw': '撤回',
  'delegate.withdrawKind': '撤回：{kind}',

  'delegate.youAreNext': '下一位就是您',
  'delegate.youAreNextHint': '请准备：当前发言者结束后，主席将请您发言。',
  'delegate.calledToSeat': '请到会议桌的预留座位就座',
  'delegate.calledToSeatHint': '主席请您在会议桌发言。',
  'delegate.reservedSeats': '预留座位：{seats}',
  'delegate.youHaveTheFloor': '请您发言',
  'delegate.timeLeft': '剩余时间',
  'delegate.overTime': '已超过建议时间',

  'delegate.offline': '连接中断，正在重新连接…',
  'delegate.staleHint': '显示的内容可能不是最新的。',

  'delegate.pending.notSent': '尚未发送',
  'delegate.pending.whenOnline': '连接恢复后将发送。',
  'delegate.pending.sending': '正在发送…',
  'delegate.pending.cancel': '取消',

  'delegate.notice.requested': '您的请求已列入名单。',
  'delegate.notice.withdrawn': '您的请求已撤回。',
  'delegate.notice.requestedOnReconnect': '已在连接恢复后发送：您的请求已列入名单。',
  'delegate.notice.withdrawnOnReconnect': '已在连接恢复后发送：您的请求已撤回。',
  'delegate.notice.cancelled': '未发送：您已取消。',
  'delegate.notice.expired': '未发送：连接在 {minutes} 分钟内未恢复。恢复后请再点击一次。',
  'delegate.notice.noAnswer': '服务器没有回应。此处显示的是服务器所知的名单：如果没有您的请求，请再点击一次。',
  'delegate.notice.listClosed': '未被接受：发言名单已截止。',
  'delegate.notice.noSegment': '未被接受：会议未在进行。',
  'delegate.notice.notWaiting': '该请求已不在名单上。',
  'delegate.notice.tooFast': '点击过于频繁，请稍后再试。',
  'delegate.notice.refused': '服务器未接受。',
  'delegate.notice.dismiss': '关闭',

  'delegate.alerts': '轮到我时响铃并振动',
  'delegate.alertsOn': '开',
  'delegate.alertsOff': '关',

  'delegate.announce.place': '您在发言名单中排{ordinal}。',
  'delegate.announce.next': '下一位就是您。',
  'delegate.announce.seat': '请到会议桌的预留座位就座。',
  'delegate.announce.floor': '请您发言。',
  'delegate.announce.notOnList': '您不在发言名单上。',
}
