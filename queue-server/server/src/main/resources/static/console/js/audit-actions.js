// What each action of the audit trail is called on the manager's screen. The server records a
// stable code (the same in the log lines operators grep); the console names it in the reader's
// language, and shows the code itself for one it does not know yet.

export const AUDIT_ACTIONS = {
  'console-sign-in': ['登录工作台', 'Signed in'],
  'console-sign-out': ['退出工作台', 'Signed out'],
  'sign-in-refused': ['登录被拒（密码错误）', 'Sign-in refused'],
  'sign-in': ['窗口签到', 'Signed in at a window'],
  'sign-out': ['窗口签退', 'Signed out of a window'],
  'call-next': ['叫号', 'Called next'],
  'call-chosen': ['选号呼叫', 'Called a chosen ticket'],
  recall: ['重呼', 'Recalled'],
  finish: ['办结', 'Finished'],
  'no-show': ['过号', 'No-show'],
  transfer: ['转移', 'Transferred'],
  park: ['挂起', 'Parked'],
  'resume-parked': ['恢复挂起', 'Resumed a parked ticket'],
  reactivate: ['过号恢复', 'Reactivated'],
  pause: ['暂停服务', 'Paused'],
  resume: ['恢复服务', 'Resumed'],
  silence: ['窗口静音', 'Window silence'],
  'hall-silence': ['大厅静音', 'Hall silence'],
  issue: ['取号', 'Issued a ticket'],
  'green-channel': ['绿色通道', 'Green channel'],
  'green-decline': ['绿色通道不予办理', 'Green channel declined'],
  lookup: ['查询号票', 'Looked up a ticket'],
  'identity-lookup': ['按身份查询', 'Looked up a person'],
  'check-in': ['预约签到', 'Appointment check-in'],
  'remote-take': ['线上取号', 'Remote ticket taken'],
  'remote-check-in': ['线上取号签到', 'Remote ticket checked in'],
  'notice-subscribe': ['登记到号短信', 'Near-turn text asked'],
  'notice-cancel': ['取消到号短信', 'Near-turn text cancelled'],
  'tidal-open': ['开启潮汐窗口', 'Tidal window opened'],
  'tidal-close': ['关闭潮汐窗口', 'Tidal window closed'],
  'tidal-auto-mode': ['潮汐自动模式', 'Tidal auto mode'],
  notice: ['发布大厅公告', 'Hall notice'],
  'case-status': ['办件状态变更', 'Case status changed'],
  'case-materials-received': ['补齐材料', 'Missing materials received'],
  'locker-collected': ['柜取件', 'Collected from a locker'],
  rating: ['评价', 'Rated'],
  'follow-up-call-back': ['差评回访', 'Bad rating called back'],
  'follow-up-resolve': ['差评整改', 'Bad rating resolved'],
  'book-appointment': ['预约', 'Appointment booked'],
  'cancel-appointment': ['取消预约', 'Appointment cancelled'],
  'acknowledge-fault': ['确认设备故障', 'Device fault acknowledged'],
  'retry-parked-effect': ['重试搁置的处理', 'Parked effect retried'],
  'statistics-export': ['导出统计', 'Statistics exported'],
  'account-create': ['新建账号', 'Account created'],
  'account-change': ['修改账号', 'Account changed'],
  'account-disable': ['停用账号', 'Account disabled'],
  'account-enable': ['启用账号', 'Account enabled'],
  'account-password-reset': ['重置密码', 'Password reset'],
  'device-register': ['登记设备', 'Device registered'],
  'device-disable': ['停用设备', 'Device disabled'],
  'device-enable': ['启用设备', 'Device enabled'],
  'device-rotate-token': ['更换设备令牌', 'Device token replaced'],
};

/** The action's name in the language shown ('zh' or 'en'); the code itself when unknown. */
export function actionName(code, lang) {
  const names = AUDIT_ACTIONS[code];
  return names ? names[lang === 'en' ? 1 : 0] : code;
}
