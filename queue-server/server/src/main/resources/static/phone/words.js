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
