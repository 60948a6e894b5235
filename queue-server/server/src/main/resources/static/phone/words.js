// The phone page's words in Chinese (default) and English. The choice is kept in the browser under
// the same key as the consoles' (console/js/i18n.js), whose 20 KB of staff words a phone never needs.

const TEXTS = {
  zh: {
    brand: '一窗 · 我的号票', large: '大字', language: 'English',
    statusWAITING: '排队中', statusCALLED: '正在呼叫您', statusDONE: '已办结', statusNO_SHOW: '已过号',
    ahead: '前面还有', people: '{0} 人', estimate: '预计等候', minutes: '约 {0} 分钟', soon: '马上就到您',
    noWindowOpen: '暂无窗口开放', noWindowOpenNote: '本区暂无窗口开放，开放后将按顺序叫号，请耐心等候。',
    goTo: '请到 {0} 号窗口', calledNote: '{0} 号，请到 {1} 号窗口办理', recalled: '第 {0} 次重呼，请尽快前往',
    transferred: '您的号已转到 {0} 号窗口排队', greenPending: '请到服务台确认绿色通道',
    noShow: '叫号时您未到窗口，此号已过号。请到服务台，工作人员可为您恢复排队。',
    done: '本次服务已办结，感谢您的耐心等候。', rate: '评价本次服务', rated: '评价请点击下方按钮，每次服务可评价一次。',
    soundOn: '点此开启叫号提示音', soundReady: '提示音已开启（叫号时响铃并振动）',
    materials: '请备齐以下材料', original: '原件', copy: '复印件', copies: '{0} {1} 份', mayBeMissing: '可容缺后补',
    live: '实时更新中', polling: '连接不稳定，每 15 秒刷新', offline: '网络不通，稍后自动重试', updated: '更新于 {0}',
    noticeTitle: '到号短信提醒', noticeHint: '留下手机号，快到您时我们发短信提醒。', noticeFamily: '这是家人的手机号',
    noticeSend: '短信提醒我', noticeCancel: '不用提醒了', noticeBadNumber: '请输入 11 位手机号码',
    noticeSet: '前面还有 {0} 位时和叫号时，我们会发短信到 {1}。', noticeSetFamily: '前面还有 {0} 位时和叫号时，我们会发短信到您家人的手机 {1}。',
    noticeLate: '您的号已不在排队中，无需提醒。', noticeFailed: '网络不通，请稍后再试', noticeCancelled: '已取消短信提醒。',
    statusAWAITING_ARRIVAL: '尚未签到', statusLAPSED: '已失效',
    remoteTitle: '尚未签到 · 线上取号', remoteAhead: '您的位置前面还有', remoteLapse: '请在 {0} 前到大厅签到，否则此号失效。',
    remoteKeep: '{0} 前签到保留取号时的位置，之后签到按签到时间排队。',
    remoteHow: '到大厅后：扫描入口处屏幕上的二维码，或在取号机扫描下方二维码签到。签到前不会叫到您的号。',
    remoteLapsed: '此号未在 {0} 前签到，已失效。如需办理，请到取号机或服务台重新取号。',
    takeBrand: '一窗 · 线上取号', takeTitle: '线上取号', takeHint: '取今天的号，到大厅签到后开始排队叫号。',
    takeWaiting: '排队 {0} 人', takeLeft: '剩余 {0} 个', takeNone: '今日线上号已取完', takeButton: '取号',
    takeClosed: '现在不能线上取号：工作日开门后至 {0} 可取。', takeClosedDay: '今天大厅不办公，不能线上取号。',
    takeHeld: '您已取了 {0} 号', takeHeldLink: '查看我的号票', takeFailed: '网络不通，请稍后再试',
    takeNoAreas: '本大厅暂未开放线上取号。', errCLIENT_HOLDS_TICKET: '本机已有今天的线上号，请先办完或等其失效。',
    errREMOTE_LIMIT: '本区今日线上号已取完，请到大厅取号机取号。', errADDRESS_LIMIT: '同一网络今天取号太多，请到大厅取号机取号。',
    errREMOTE_CLOSED: '现在不能线上取号。', errDAILY_LIMIT: '本区今日号已发完。',
    arriveBrand: '一窗 · 签到', arriveWorking: '正在签到…', arriveNoTicket: '本机没有今天线上取的号。',
    arriveTake: '线上取号', errENTRANCE_CODE_INVALID: '入口二维码已更新，请重新扫描入口处屏幕上的二维码。',
    errLAPSED: '此号已失效，请到取号机或服务台重新取号。', errGONE: '找不到这张号票，请到服务台咨询。',
    takeLink: '没有号？线上取号',
    gone: '找不到这张号票', goneNote: '号票只在取号当天有效。请重新扫描号票上的二维码，或到服务台咨询。',
  },
  en: {
    brand: 'My ticket', large: 'Large text', language: '中文',
    statusWAITING: 'Waiting', statusCALLED: 'You are being called', statusDONE: 'Finished', statusNO_SHOW: 'Missed',
    ahead: 'Ahead of you', people: '{0}', estimate: 'Wait', minutes: '~{0} min', soon: 'Any moment now',
    noWindowOpen: 'No window is open for this area yet',
    noWindowOpenNote: 'No window serves this area right now. Tickets are called in order once one opens.',
    goTo: 'Please go to window {0}', calledNote: 'Ticket {0}, please go to window {1}', recalled: 'Called again ({0}): please hurry',
    transferred: 'Your ticket now waits for window {0}', greenPending: 'Please confirm the green channel at the service desk',
    noShow: 'You were called but did not come to the window. Please go to the service desk: staff can put you back in the queue.',
    done: 'Your service is finished. Thank you for waiting.', rate: 'Rate this service',
    rated: 'Tap the button below to rate it; each service can be rated once.',
    noticeTitle: 'Text me when my turn is near', noticeHint: 'Leave a mobile number and we text you when your turn is near.',
    noticeFamily: 'A family member’s number', noticeSend: 'Text me', noticeCancel: 'Stop the texts',
    noticeBadNumber: 'Please enter an 11-digit mobile number',
    noticeSet: 'We will text {1} when {0} are ahead of you and when you are called.',
    noticeSetFamily: 'We will text your family member at {1} when {0} are ahead and when the ticket is called.',
    noticeLate: 'Your ticket is no longer waiting: no texts are needed.', noticeFailed: 'No connection; please try again',
    noticeCancelled: 'The texts are stopped.',
    soundOn: 'Tap to turn on the call sound', soundReady: 'Sound is on (a chime and a buzz when you are called)',
    materials: 'Please bring', original: 'original', copy: 'copy', copies: '{0} × {1}', mayBeMissing: 'may follow later',
    live: 'Updating live', polling: 'Unsteady connection: refreshing every 15 s', offline: 'No network; trying again soon',
    statusAWAITING_ARRIVAL: 'Not yet checked in', statusLAPSED: 'Lapsed',
    remoteTitle: 'Not yet checked in · taken by phone', remoteAhead: 'Ahead of your place',
    remoteLapse: 'Check in at the hall before {0}, or the ticket lapses.',
    remoteKeep: 'Checked in before {0}, you keep your place; later you queue from your check-in.',
    remoteHow: 'At the hall: scan the QR code on the screen at the entrance, or scan the code below at a kiosk. You are not called before you check in.',
    remoteLapsed: 'This ticket was not checked in before {0} and has lapsed. Take a new one at a kiosk or the service desk.',
    takeBrand: 'Take a ticket', takeTitle: 'Take a ticket by phone', takeHint: 'For today: you queue once you check in at the hall.',
    takeWaiting: '{0} waiting', takeLeft: '{0} left', takeNone: 'None left today', takeButton: 'Take',
    takeClosed: 'Tickets by phone are taken on working days from opening until {0}.',
    takeClosedDay: 'The hall is closed today.', takeHeld: 'You hold ticket {0}', takeHeldLink: 'Show my ticket',
    takeFailed: 'No connection; please try again', takeNoAreas: 'This hall offers no tickets by phone yet.',
    errCLIENT_HOLDS_TICKET: 'This phone already holds a ticket of today.',
    errREMOTE_LIMIT: 'No tickets by phone are left today for this area; please use a kiosk at the hall.',
    errADDRESS_LIMIT: 'Too many tickets from this network today; please use a kiosk at the hall.',
    errREMOTE_CLOSED: 'Tickets by phone cannot be taken now.', errDAILY_LIMIT: 'All tickets of today are issued.',
    arriveBrand: 'Check in', arriveWorking: 'Checking in…', arriveNoTicket: 'This phone holds no ticket taken by phone today.',
    arriveTake: 'Take a ticket by phone',
    errENTRANCE_CODE_INVALID: 'The entrance code has changed: please scan the code on the entrance screen again.',
    errLAPSED: 'This ticket has lapsed; take a new one at a kiosk or the service desk.',
    errGONE: 'Ticket not found; please ask at the service desk.', takeLink: 'No ticket? Take one by phone',
    updated: 'Updated {0}', gone: 'Ticket not found',
    goneNote: 'A ticket is valid on the day it was taken only. Scan its QR code again, or ask at the service desk.',
  },
};

export function language() {
  return localStorage.getItem('ow-lang') === 'en' ? 'en' : 'zh';
}

export function toggleLanguage() {
  localStorage.setItem('ow-lang', language() === 'en' ? 'zh' : 'en');
  applyTexts();
}

export function t(key, ...args) {
  const text = TEXTS[language()][key] ?? TEXTS.zh[key] ?? key;
  return text.replace(/\{(\d)\}/g, (_, i) => String(args[Number(i)] ?? ''));
}

/** Fills every [data-t] element's text. */
export function applyTexts() {
  document.documentElement.lang = language() === 'en' ? 'en' : 'zh-CN';
  document.querySelectorAll('[data-t]').forEach((n) => { n.textContent = t(n.dataset.t); });
}
