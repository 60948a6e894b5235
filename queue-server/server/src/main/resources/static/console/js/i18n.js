// The consoles' words in Chinese (default) and English. The choice is kept in the browser.

const TEXTS = {
  zh: {
    product: '一窗 OneWindow',
    signIn: '登录', signOut: '退出', username: '用户名', password: '密码',
    signInTitle: '工作人员登录', signInHint: '窗口工作人员和大厅管理员使用同一入口。',
    badCredentials: '用户名或密码不正确', tooMany: '密码错误次数过多，请稍后再试',
    chooseConsole: '选择控制台', clerkConsole: '窗口工作台', managerConsole: '大厅管理',
    language: 'English', live: '实时', offline: '连接中断，正在重连…',
    minutes: '{0} 分钟', hours: '{0} 小时 {1} 分钟',
    // clerk
    chooseWindow: '选择您的窗口', windowFree: '空闲', windowTaken: '{0} 已登录', signInWindow: '在此窗口登录',
    window: '{0} 号窗口', serving: '正在办理', nobodyServed: '当前没有办理中的号码',
    callNext: '呼叫下一位', recall: '重呼', noShow: '过号', transfer: '转移', finish: '办结',
    pause: '暂停服务', resume: '恢复服务', leaveWindow: '窗口签退', paused: '已暂停服务',
    nobodyWaiting: '没有等候的号码', waiting: '等候队列', waitedFor: '已等 {0}', servedToday: '今日已办 {0} 件',
    item: '事项', noItem: '未选择事项', materials: '材料清单', original: '原件', copies: '复印件 {0} 份',
    mayBeMissing: '可容缺', applicant: '申请人', priority: '优先', green: '绿色通道', appointment: '预约',
    recalled: '已重呼 {0} 次', calledAt: '叫号时间 {0}',
    outcomeTitle: '办结：受理结果', outcomeAccepted: '受理', outcomeAcceptedMissing: '容缺受理（材料后补）',
    outcomeMissing: '材料不全，一次性告知', outcomeNotAccepted: '不予受理', outcomeServed: '仅咨询或领取结果',
    missingWhich: '缺少的材料', missingOther: '其他缺少的材料（每行一项）', reason: '原因', note: '备注',
    confirm: '确定', cancel: '取消', needMissing: '请选择或填写缺少的材料', needReason: '请填写不予受理的原因',
    transferTitle: '转移当前号码', toArea: '转到功能区', toWindow: '转到窗口', none: '—',
    finished: '{0} 已办结', called: '已呼叫 {0}', transferred: '{0} 已转移', markedNoShow: '{0} 已过号',
    keys: '快捷键：N 呼叫　R 重呼　S 过号　T 转移　F 办结　P 暂停/恢复',
    // manager
    tabHall: '大厅实况', tabTidal: '潮汐窗口', tabDevices: '设备', tabStats: '统计', tabNotice: '公告',
    area: '功能区', waitingCount: '等候', oldestWait: '最长等候', predictedWait: '预计等候', openWindows: '开放窗口',
    windows: '窗口', status: '状态', clerk: '工作人员', current: '当前号码', served: '今日办结', kind: '类型',
    statusOPEN: '服务中', statusPAUSED: '暂停', statusCLOSED: '未登录',
    suggestions: '系统建议', noSuggestions: '暂无建议', suggestOPEN: '建议开放', suggestCLOSE: '建议关闭',
    autoMode: '自动模式', autoOn: '已开启：系统自动开关潮汐窗口', autoOff: '已关闭：由管理员决定',
    tidalWindows: '潮汐窗口', open: '开放', close: '关闭', servesAreas: '服务功能区', reasonOptional: '原因（可选）',
    openFor: '为所选功能区开放', chooseAreas: '请至少选择一个功能区', isOpen: '开放中', isClosed: '未开放',
    auditLog: '操作记录', at: '时间', action: '操作', by: '操作人', mode: '方式',
    actionOPEN: '开放', actionCLOSE: '关闭', actionAUTO_ON: '开启自动模式', actionAUTO_OFF: '关闭自动模式',
    modeMANUAL: '人工', modeAUTO: '自动',
    notice: '大厅公告', noticeHint: '在大屏底部滚动显示；留空则不显示。', save: '保存', saved: '已保存',
    devices: '设备', device: '设备', online: '在线', offlineState: '离线', health: '运行状况', lastHeard: '最后消息',
    noDevices: '暂无设备上报', notYet: '此功能尚未提供',
    stats: '统计', date: '日期', exportCsv: '导出 CSV', total: '合计',
    rateTitle: '请对本次服务进行评价', rateTicket: '号码 {0}', rateReasons: '请告诉我们哪里做得不好',
    rateComment: '意见或建议（选填）', rateSubmit: '提交评价', rateChoose: '请选择一项评价',
    rateNeedReason: '请至少选择一个原因', rateNeedComment: '请说明其他原因', rateThanks: '感谢您的评价！',
    rateAlready: '本次服务已经评价过了，感谢！', rateExpired: '评价已过期', rateInvalid: '评价链接无效',
    rateNetwork: '网络不通，请稍后再试',
    tabRatings: '好差评', ratingsToday: '当日评价', followUps: '差评整改', deadline: '整改期限', callBack: '回访',
    resolve: '整改完成', overdue: '已超期', level: '评价', reasons: '原因', channel: '渠道', noRatings: '暂无评价',
    noFollowUps: '暂无差评', statusOPEN_F: '待回访', statusCALLED_BACK: '已回访', statusRESOLVED: '已整改',
    notePrompt: '请填写记录', ticket: '号码',
    statIssued: '取号', statDone: '办结', statNoShow: '过号', statTransferred: '转移', statComprehensive: '综合窗口办结占比',
    statWait: '等候时长 中位/P90', statService: '办理时长 中位/P90', statSatisfied: '满意率', statByHour: '各时段取号（按功能区）',
    statRatings: '好差评分布', statNote: '等候时长：取号到首次叫号；办理时长：最后一次叫号到办结。满意率含基本满意。',
    kindKIOSK: '自助取号机', kindBOARD: '综合屏', kindWINDOW_SCREEN: '窗口屏', kindEVALUATOR: '评价器', kindTERMINAL: '24小时终端',
    kindSERVER: '服务器',
    levelVERY_SATISFIED: '非常满意', levelSATISFIED: '满意', levelBASIC: '基本满意', levelDISSATISFIED: '不满意',
    levelVERY_DISSATISFIED: '非常不满意', channelEVALUATOR: '评价器', channelPHONE: '手机',
  },
  en: {
    product: 'OneWindow',
    signIn: 'Sign in', signOut: 'Sign out', username: 'User name', password: 'Password',
    signInTitle: 'Staff sign-in', signInHint: 'Window clerks and hall managers sign in here.',
    badCredentials: 'Wrong user name or password', tooMany: 'Too many wrong passwords; try again later',
    chooseConsole: 'Choose a console', clerkConsole: 'Window console', managerConsole: 'Hall management',
    language: '中文', live: 'Live', offline: 'Connection lost, reconnecting…',
    minutes: '{0} min', hours: '{0} h {1} min',
    chooseWindow: 'Choose your window', windowFree: 'free', windowTaken: '{0} signed in', signInWindow: 'Sign in here',
    window: 'Window {0}', serving: 'Now serving', nobodyServed: 'Nobody is being served',
    callNext: 'Call next', recall: 'Recall', noShow: 'No-show', transfer: 'Transfer', finish: 'Finish',
    pause: 'Pause', resume: 'Resume', leaveWindow: 'Leave window', paused: 'Service paused',
    nobodyWaiting: 'Nobody is waiting', waiting: 'Waiting', waitedFor: 'waited {0}', servedToday: '{0} served today',
    item: 'Item', noItem: 'No item chosen', materials: 'Materials', original: 'original', copies: '{0} copies',
    mayBeMissing: 'may follow later', applicant: 'Applicant', priority: 'Priority', green: 'Green channel',
    appointment: 'Appointment', recalled: 'recalled {0}×', calledAt: 'called at {0}',
    outcomeTitle: 'Finish: outcome', outcomeAccepted: 'Accepted', outcomeAcceptedMissing: 'Accepted, materials to follow (容缺)',
    outcomeMissing: 'Materials missing: written notice', outcomeNotAccepted: 'Not accepted', outcomeServed: 'Advice or pickup only',
    missingWhich: 'Missing materials', missingOther: 'Other missing materials (one per line)', reason: 'Reason', note: 'Note',
    confirm: 'Confirm', cancel: 'Cancel', needMissing: 'Choose or write the missing materials', needReason: 'Give the reason',
    transferTitle: 'Transfer this ticket', toArea: 'To area', toWindow: 'To window', none: '—',
    finished: '{0} finished', called: 'Called {0}', transferred: '{0} transferred', markedNoShow: '{0} marked no-show',
    keys: 'Keys: N next  R recall  S no-show  T transfer  F finish  P pause/resume',
    tabHall: 'Hall', tabTidal: 'Tidal windows', tabDevices: 'Devices', tabStats: 'Statistics', tabNotice: 'Notice',
    area: 'Area', waitingCount: 'Waiting', oldestWait: 'Oldest wait', predictedWait: 'Predicted wait', openWindows: 'Open windows',
    windows: 'Windows', status: 'State', clerk: 'Clerk', current: 'Ticket', served: 'Served today', kind: 'Kind',
    statusOPEN: 'serving', statusPAUSED: 'paused', statusCLOSED: 'closed',
    suggestions: 'Suggestions', noSuggestions: 'No suggestions', suggestOPEN: 'Open', suggestCLOSE: 'Close',
    autoMode: 'Auto mode', autoOn: 'On: the server opens and closes tidal windows', autoOff: 'Off: managers decide',
    tidalWindows: 'Tidal windows', open: 'Open', close: 'Close', servesAreas: 'Serves', reasonOptional: 'Reason (optional)',
    openFor: 'Open for the chosen areas', chooseAreas: 'Choose at least one area', isOpen: 'open', isClosed: 'closed',
    auditLog: 'Log', at: 'Time', action: 'Action', by: 'By', mode: 'Mode',
    actionOPEN: 'opened', actionCLOSE: 'closed', actionAUTO_ON: 'auto mode on', actionAUTO_OFF: 'auto mode off',
    modeMANUAL: 'manual', modeAUTO: 'auto',
    notice: 'Hall notice', noticeHint: 'Scrolls along the bottom of the boards; empty hides it.', save: 'Save', saved: 'Saved',
    devices: 'Devices', device: 'Device', online: 'online', offlineState: 'offline', health: 'Health', lastHeard: 'Last heard',
    noDevices: 'No device has reported', notYet: 'Not available yet',
    stats: 'Statistics', date: 'Date', exportCsv: 'Export CSV', total: 'Total',
    rateTitle: 'How was our service?', rateTicket: 'Ticket {0}', rateReasons: 'Please tell us what was wrong',
    rateComment: 'Comments (optional)', rateSubmit: 'Send', rateChoose: 'Please choose one',
    rateNeedReason: 'Please choose at least one reason', rateNeedComment: 'Please say what else was wrong',
    rateThanks: 'Thank you!', rateAlready: 'This service has been rated already. Thank you!',
    rateExpired: 'This rating link has expired', rateInvalid: 'This rating link is not valid',
    rateNetwork: 'No connection; please try again',
    tabRatings: 'Ratings', ratingsToday: 'Ratings of the day', followUps: 'Follow-ups', deadline: 'Deadline',
    callBack: 'Call back', resolve: 'Resolved', overdue: 'overdue', level: 'Rating', reasons: 'Reasons',
    channel: 'Channel', noRatings: 'No ratings', noFollowUps: 'No bad ratings', statusOPEN_F: 'to call back',
    statusCALLED_BACK: 'called back', statusRESOLVED: 'resolved', notePrompt: 'What happened?', ticket: 'Ticket',
    statIssued: 'Issued', statDone: 'Finished', statNoShow: 'No-shows', statTransferred: 'Transferred',
    statComprehensive: 'Finished at comprehensive windows', statWait: 'Wait median / P90',
    statService: 'Service median / P90', statSatisfied: 'Satisfied', statByHour: 'Tickets by hour and area',
    statRatings: 'Ratings', statNote: 'Wait: ticket to first call; service: last call to finish. Satisfied includes fairly satisfied.',
    kindKIOSK: 'Kiosk', kindBOARD: 'Main board', kindWINDOW_SCREEN: 'Window screen', kindEVALUATOR: 'Evaluator',
    kindTERMINAL: '24-hour terminal', kindSERVER: 'Server',
    levelVERY_SATISFIED: 'Very satisfied', levelSATISFIED: 'Satisfied', levelBASIC: 'Fairly satisfied',
    levelDISSATISFIED: 'Dissatisfied', levelVERY_DISSATISFIED: 'Very dissatisfied', channelEVALUATOR: 'evaluator',
    channelPHONE: 'phone',
  },
};

export function language() {
  return localStorage.getItem('ow-lang') === 'en' ? 'en' : 'zh';
}

export function toggleLanguage() {
  localStorage.setItem('ow-lang', language() === 'en' ? 'zh' : 'en');
  location.reload();
}

export function t(key, ...args) {
  const text = TEXTS[language()][key] ?? TEXTS.zh[key] ?? key;
  return text.replace(/\{(\d)\}/g, (_, i) => String(args[Number(i)] ?? ''));
}

/** Fills every [data-t] element's text and [data-t-placeholder] placeholder. */
export function applyTexts(root = document) {
  document.documentElement.lang = language() === 'en' ? 'en' : 'zh-CN';
  root.querySelectorAll('[data-t]').forEach((n) => { n.textContent = t(n.dataset.t); });
  root.querySelectorAll('[data-t-placeholder]').forEach((n) => { n.placeholder = t(n.dataset.tPlaceholder); });
}
