// The clerk console's words for 选呼, 挂起 and 无声叫号 (see i18n.js: a page brings its own words).
import { addTexts } from './i18n.js';

addTexts({
  zh: {
    callChosen: '选呼', park: '挂起', silence: '无声叫号', silenceOn: '无声叫号：开', silenceOff: '无声叫号：关',
    servingFor: '已办理 {0}', parkedTitle: '挂起的号码', nobodyParked: '没有挂起的号码', parkedFor: '已挂起 {0}',
    resumeParked: '恢复', parkedDone: '{0} 已挂起，可呼叫下一位', resumedDone: '已重新呼叫 {0}',
    chosenTitle: '选呼：选择号码与原因', chosenTicket: '号码', chosenReason: '原因', chosenNote: '说明',
    reasonAPPOINTMENT: '预约到号', reasonGREEN_CHANNEL: '绿色通道', reasonRETURNED: '补件回来',
    reasonSAME_MATTER: '同一事项一并办理', reasonARRANGED: '大厅调度安排', reasonOTHER: '其他（须说明）',
    needNote: '选择“其他”时请写明原因', silentNow: '本窗口叫号只显示、不播报', spokenNow: '本窗口叫号恢复播报',
    hallSilent: '大厅已开启无声叫号',
    keys: '快捷键：N 呼叫　C 选呼　R 重呼　S 过号　T 转移　H 挂起　1–3 恢复挂起　F 办结　P 暂停/恢复　M 无声叫号',
  },
  en: {
    callChosen: 'Call chosen', park: 'Park', silence: 'Silent calls', silenceOn: 'Silent calls: on',
    silenceOff: 'Silent calls: off', servingFor: 'serving for {0}', parkedTitle: 'Parked tickets',
    nobodyParked: 'No parked tickets', parkedFor: 'parked {0}', resumeParked: 'Resume',
    parkedDone: '{0} parked; you may call the next', resumedDone: 'Called {0} again',
    chosenTitle: 'Call a chosen ticket: ticket and reason', chosenTicket: 'Ticket', chosenReason: 'Reason',
    chosenNote: 'Note', reasonAPPOINTMENT: 'Appointment due', reasonGREEN_CHANNEL: 'Green channel',
    reasonRETURNED: 'Back with missing documents', reasonSAME_MATTER: 'Same matter, served together',
    reasonARRANGED: 'Arranged by the hall', reasonOTHER: 'Other (say why)', needNote: 'Say why for “Other”',
    silentNow: 'Calls of this window are shown, not spoken', spokenNow: 'Calls of this window are spoken again',
    hallSilent: 'The hall has silent calls on',
    keys: 'Keys: N next  C chosen  R recall  S no-show  T transfer  H park  1–3 resume parked  F finish  P pause  M silent',
  },
});
