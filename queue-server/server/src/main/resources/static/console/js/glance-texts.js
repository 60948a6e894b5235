// The words of the hall-at-a-glance screen (glance.html).

import { addTexts } from './i18n.js';

addTexts({
  zh: {
    glanceTitle: '大厅一览', wallMode: '大屏模式',
    glanceSERVING: '办理中', glanceIDLE: '空闲', glancePAUSED: '暂停', glanceCLOSED: '未登录', glanceTidal: '潮汐开放',
    glanceAreas: '各功能区等候', glanceAlerts: '需要处理', glanceNoAlerts: '一切正常',
    glanceThresholdHint: '竖线为系统建议开放潮汐窗口的等候人数。',
    glanceCounts: '办理中 {0} · 空闲 {1} · 暂停 {2} · 未登录 {3}',
    glanceWaiting: '{0} 人等候', glanceOldest: '最长 {0}', glanceEstimate: '预计 {0}', glanceOpen: '{0} 个窗口',
    glanceNoWindow: '无窗口', glanceFor: '用时 {0}',
    alertNO_WINDOW: '{0}：{1} 人等候，没有开放的窗口', alertLONG_WAIT: '{0}：最长已等 {1}',
    alertDEVICE_FAULT: '设备 {0} 故障：{1}', alertBAD_RATING: '差评待回访：{0}（{1}）', alertOVERDUE_CASE: '办件超期：{0} {1}',
    alertGo: '去处理',
  },
  en: {
    glanceTitle: 'Hall at a glance', wallMode: 'Wall mode',
    glanceSERVING: 'Serving', glanceIDLE: 'Idle', glancePAUSED: 'Paused', glanceCLOSED: 'Closed', glanceTidal: 'Tidal, open',
    glanceAreas: 'Waiting by area', glanceAlerts: 'Needs a manager', glanceNoAlerts: 'All is well',
    glanceThresholdHint: 'The line marks the queue at which the server advises a tidal window.',
    glanceCounts: '{0} serving · {1} idle · {2} paused · {3} closed',
    glanceWaiting: '{0} waiting', glanceOldest: 'oldest {0}', glanceEstimate: 'about {0}', glanceOpen: '{0} open',
    glanceNoWindow: 'no window', glanceFor: 'for {0}',
    alertNO_WINDOW: '{0}: {1} waiting, no window open', alertLONG_WAIT: '{0}: the oldest has waited {1}',
    alertDEVICE_FAULT: 'Device {0} out of order: {1}', alertBAD_RATING: 'Bad rating to call back: {0} ({1})',
    alertOVERDUE_CASE: 'Case overdue: {0} {1}', alertGo: 'Handle',
  },
});
