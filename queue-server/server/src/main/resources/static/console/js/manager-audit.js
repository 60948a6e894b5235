// The manager's audit tab: who did what, where and from where, newest first, read from the
// records (GET /api/audit) by days, actor and action. Entries arrive a second or so after they
// were done; the list is read when the tab opens or the manager asks, not on every live event.

import { api } from './api.js';
import { el, replace } from './dom.js';
import { actionName, AUDIT_ACTIONS } from './audit-actions.js';
import { addTexts, language, t } from './i18n.js';
import { staffName } from './staff.js';

addTexts({
  zh: {
    tabAudit: '审计记录', auditTitle: '审计记录', auditFrom: '开始', auditTo: '结束', auditActor: '操作人',
    auditAction: '操作', auditShow: '查询', auditAt: '时间', auditHall: '大厅', auditTarget: '对象',
    auditOrigin: '来源', auditDetail: '说明', auditNone: '这段时间没有审计记录。',
    auditNote: '登录、查询、导出、账号与设备变更等操作都记在这里，不含密码、令牌和身份证号。',
    auditCount: '{0} 条（最新在前，最多 {1} 条）', auditAnyAction: '全部操作',
  },
  en: {
    tabAudit: 'Audit trail', auditTitle: 'Audit trail', auditFrom: 'From', auditTo: 'To', auditActor: 'Who',
    auditAction: 'Action', auditShow: 'Show', auditAt: 'Time', auditHall: 'Hall', auditTarget: 'Target',
    auditOrigin: 'From', auditDetail: 'Detail', auditNone: 'No entries in these days.',
    auditNote: 'Sign-ins, look-ups, exports, account and device changes and the rest; never a password, token or ID number.',
    auditCount: '{0} entries (newest first, at most {1})', auditAnyAction: 'Every action',
  },
});

const LIMIT = 200;
const chosen = { from: '', to: '', actor: '', action: '' };

/** A date as yyyy-MM-dd in the browser's own time zone (the hall's, at the hall). */
function day(d) {
  const pad = (n) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

function when(iso) {
  const d = new Date(iso);
  const time = d.toLocaleTimeString('zh-CN', { hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' });
  return `${day(d)} ${time}`;
}

function query() {
  const q = new URLSearchParams({ from: chosen.from, to: chosen.to, limit: String(LIMIT) });
  if (chosen.actor) q.set('actor', chosen.actor);
  if (chosen.action) q.set('action', chosen.action);
  return q.toString();
}

export async function renderAudit(box) {
  if (!chosen.from) chosen.from = chosen.to = day(new Date());
  const from = el('input', { type: 'date', id: 'audit-from', value: chosen.from });
  const to = el('input', { type: 'date', id: 'audit-to', value: chosen.to });
  const actor = el('input', { type: 'text', id: 'audit-actor', class: 'audit-actor', value: chosen.actor, autocomplete: 'off' });
  const lang = language();
  const action = el('select', { id: 'audit-action', class: 'audit-action' },
    el('option', { value: '', text: t('auditAnyAction') }),
    Object.keys(AUDIT_ACTIONS).sort((a, b) => actionName(a, lang).localeCompare(actionName(b, lang), lang === 'en' ? 'en' : 'zh-CN'))
      .map((code) => el('option', { value: code, text: actionName(code, lang) })));
  action.value = chosen.action;
  const show = () => {
    Object.assign(chosen, { from: from.value, to: to.value, actor: actor.value.trim(), action: action.value.trim() });
    // The fields now hold what was asked: a re-render must not carry them over as typing.
    actor.defaultValue = actor.value;
    renderAudit(box).catch(() => {});
  };
  const showButton = el('button', { type: 'button', id: 'audit-show' }, t('auditShow'));
  showButton.addEventListener('click', show);
  const tools = el('div', { class: 'row stats-tools' },
    el('label', {}, el('span', { text: t('auditFrom') }), from),
    el('label', {}, el('span', { text: t('auditTo') }), to),
    el('label', {}, el('span', { text: t('auditActor') }), actor),
    el('label', {}, el('span', { text: t('auditAction') }), action), showButton);

  let entries;
  try {
    entries = await api('GET', `/api/audit?${query()}`);
  } catch (e) {
    replace(box, tools, el('p', { class: 'error', id: 'audit-error', text: e.message || String(e) }));
    return;
  }
  const who = (name) => {
    const known = staffName(name);
    return known && known !== name ? `${known}（${name}）` : name;
  };
  replace(box, tools,
    el('p', { class: 'hint', id: 'audit-count', text: entries.length ? t('auditCount', entries.length, LIMIT) : t('auditNone') }),
    el('table', { class: 'grid', id: 'audit-trail' },
      el('thead', {}, el('tr', {}, ['auditAt', 'auditActor', 'auditAction', 'auditHall', 'auditTarget', 'auditOrigin',
        'auditDetail'].map((k) => el('th', { text: t(k) })))),
      el('tbody', {}, entries.map((e) => el('tr', { id: `audit-${e.id}` },
        el('td', { text: when(e.at) }), el('td', { text: who(e.actor) }), el('td', { class: 'audit-what', title: e.action, text: actionName(e.action, lang) }),
        el('td', { text: e.hall }), el('td', { text: e.target }), el('td', { text: e.origin }),
        el('td', { text: e.detail }))))),
    el('p', { class: 'hint', text: t('auditNote') }));
}
