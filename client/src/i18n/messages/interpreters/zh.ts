import type { interpretersEn } from './en'

/** 口译箱页面，中文。 */
export const interpretersZh: Record<keyof typeof interpretersEn, string> = {
  'interpreters.title': '口译箱',
  'interpreters.language': '本页语言',
  'interpreters.notInSession': '未在开会',
  'interpreters.live': '实时',
  'interpreters.reconnecting': '正在重新连接…',
  'interpreters.hasFloor': '正在发言',
  'interpreters.coming': '即将发言：{name}',
  'interpreters.nobodyHasFloor': '目前无人发言。',
  'interpreters.noStatementForSpeaker': '该发言者没有书面发言稿。',
  'interpreters.nextSpeakers': '下一批发言者',
  'interpreters.nobodyWaiting': '无人等候。',
  'interpreters.noStatement': '无书面发言稿',
  'interpreters.unreadable': '无法打开此发言稿（已删除或连接中断）。',
}
