// The manager's 办件督办 tab: cases past or near their promised date and owed materials overdue,
// then every case with the next step it can take (for the back office and the pickup window).

import { api } from './api.js';
import { el, replace, toast } from './dom.js';
import { t } from './i18n.js';

const NEXT = {
  ACCEPTED: [['IN_REVIEW']],
  IN_REVIEW: [['DECIDED']],
  DECIDED: [['READY', 'WINDOW'], ['READY', 'LOCKER']],
  READY: [['DELIVERED']],
};

export async function renderCases(base, supervisionBox, casesBox, hall, refresh) {
  const [supervision, cases] = await Promise.all([api('GET', `${base}/cases/supervision`), api('GET', `${base}/cases`)]);
  replace(supervisionBox, supervision.length ? el('table', { class: 'grid', id: 'supervision-table' },
    el('thead', {}, el('tr', {}, ['caseNo', 'item', 'applicantName', 'status', 'reason', 'due'].map((k) => el('th', { text: t(k) })))),
    el('tbody', {}, supervision.map((s) => el('tr', { class: s.reason === 'DUE_SOON' ? '' : 'alert' },
      el('td', { text: s.c.caseNo }), el('td', { text: s.c.itemName }), el('td', { text: s.c.maskedName || '—' }),
      el('td', { text: t(`case${s.c.status}`) }), el('td', { text: t(`reason${s.reason}`) }), el('td', { text: s.due })))))
    : el('p', { class: 'empty', text: t('noSupervision') }));

  replace(casesBox, cases.length ? el('table', { class: 'grid', id: 'cases-table' },
    el('thead', {}, el('tr', {}, ['caseNo', 'ticket', 'item', 'applicantName', 'outcome', 'promised', 'status', 'action']
      .map((k) => el('th', { text: t(k) })))),
    el('tbody', {}, cases.map((c) => el('tr', { id: `case-${c.caseNo}` },
      el('td', { text: c.caseNo }), el('td', { text: c.ticketNumber }), el('td', { text: c.itemName }),
      el('td', { text: c.maskedName || '—' }),
      el('td', {}, el('div', { text: t(`outcome${c.outcome}`) }),
        c.missingMaterials.length ? el('small', { text: c.missingMaterials.join('、') }) : null,
        c.owedBy && !c.owedReceived ? el('small', { text: `${t('owed')} ${c.owedBy}` }) : null),
      el('td', { text: c.promisedDate || '—' }),
      el('td', { text: t(`case${c.status}`) }),
      el('td', {}, el('div', { class: 'row' }, actions(base, c, hall, refresh)))))))
    : el('p', { class: 'empty', text: t('noCases') }));
}

function actions(base, c, hall, refresh) {
  const buttons = (NEXT[c.status] || []).map(([status, method]) => el('button', {
    type: 'button', class: 'case-step', 'data-step': method ? `${status}_${method}` : status,
    onclick: () => step(base, c, status, method, hall, refresh),
  }, t(method ? `to${status}_${method}` : `to${status}`)));
  if (c.owedBy && !c.owedReceived) {
    buttons.push(el('button', { type: 'button', class: 'case-owed', onclick: () => post(`${base}/cases/${c.caseNo}/materials-received`, undefined, refresh) }, t('owedIn')));
  }
  if (c.missingMaterials.length) {
    buttons.push(el('a', { class: 'button', href: `${base}/cases/${c.caseNo}/notice`, target: '_blank', rel: 'noopener' }, t('printNotice')));
  }
  return buttons;
}

function step(base, c, status, method, hall, refresh) {
  const body = { status, note: '' };
  if (method) {
    // Results are handed out at the hall's pickup window (统一出件).
    const pickup = hall.windows.find((w) => w.kind === 'PICKUP');
    body.pickupMethod = method;
    body.pickupPlace = method === 'WINDOW' ? (pickup ? pickup.no : '') : '';
  }
  return post(`${base}/cases/${c.caseNo}/status`, body, refresh);
}

async function post(path, body, refresh) {
  try {
    await api('POST', path, body);
  } catch (e) {
    toast(e.message, 'error');
  }
  await refresh();
}
