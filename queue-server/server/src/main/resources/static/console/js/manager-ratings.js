// The manager's 好差评 tab: follow-ups of bad ratings (call back, then resolve, within 15 working
// days) and the day's ratings.

import { api } from './api.js';
import { el, replace, toast } from './dom.js';
import { t } from './i18n.js';
import { staffName } from './staff.js';

function when(iso) {
  return iso ? new Date(iso).toLocaleString('zh-CN', { hourCycle: 'h23' }) : '—';
}

function reasons(rating) {
  return [...rating.reasons.map((r) => t(`reason${r}`)), rating.comment].filter(Boolean).join('；');
}

export async function renderRatings(base, followBox, ratingsBox, hall, refresh) {
  const [followUps, ratings] = await Promise.all([api('GET', `${base}/follow-ups`), api('GET', `${base}/ratings`)]);
  const areaName = (id) => (hall.areas.find((a) => a.id === id) || { name: id }).name;

  replace(followBox, followUps.length ? el('table', { class: 'grid', id: 'follow-up-table' },
    el('thead', {}, el('tr', {}, ['ticket', 'windows', 'clerk', 'level', 'reasons', 'deadline', 'status', 'action']
      .map((k) => el('th', { text: t(k) })))),
    el('tbody', {}, followUps.map((f) => el('tr', { id: `follow-up-${f.id}`, class: f.overdue ? 'alert' : '' },
      el('td', { text: f.rating.ticketNumber }),
      el('td', { text: f.rating.windowNo }),
      el('td', { text: staffName(f.rating.clerk) }),
      el('td', { text: t(`level${f.rating.level}`) }),
      el('td', { text: reasons(f.rating) }),
      el('td', { text: `${f.deadline}${f.overdue ? ` (${t('overdue')})` : ''}` }),
      el('td', {}, el('div', { text: t(f.status === 'OPEN' ? 'statusOPEN_F' : `status${f.status}`) }),
        f.callBackNote ? el('small', { text: `${t('callBack')}：${f.callBackNote}（${staffName(f.callBackBy)}）` }) : null,
        f.fixNote ? el('small', { text: ` ${t('resolve')}：${f.fixNote}（${staffName(f.resolvedBy)}）` }) : null),
      el('td', {}, f.status === 'RESOLVED' ? null : followUpForm(base, f, refresh))))))
    : el('p', { class: 'empty', text: t('noFollowUps') }));

  replace(ratingsBox, ratings.length ? el('table', { class: 'grid', id: 'ratings-table' },
    el('thead', {}, el('tr', {}, ['at', 'ticket', 'area', 'windows', 'clerk', 'level', 'reasons', 'channel']
      .map((k) => el('th', { text: t(k) })))),
    el('tbody', {}, ratings.map((r) => el('tr', { class: r.level.includes('DISSATISFIED') ? 'alert' : '' },
      el('td', { text: when(r.at) }), el('td', { text: r.ticketNumber }), el('td', { text: areaName(r.areaId) }),
      el('td', { text: r.windowNo }), el('td', { text: staffName(r.clerk) }), el('td', { text: t(`level${r.level}`) }),
      el('td', { text: reasons(r) }), el('td', { text: t(`channel${r.channel}`) })))))
    : el('p', { class: 'empty', text: t('noRatings') }));
}

function followUpForm(base, f, refresh) {
  const note = el('input', { type: 'text', class: 'follow-up-note', placeholder: t('notePrompt'), maxlength: 500 });
  const send = (action) => async () => {
    if (!note.value.trim()) {
      toast(t('notePrompt'), 'error');
      return;
    }
    try {
      await api('POST', `${base}/follow-ups/${encodeURIComponent(f.id)}/${action}`, { note: note.value.trim() });
      note.value = note.defaultValue; // sent: the new list must not bring it back
    } catch (e) {
      toast(e.message, 'error');
    }
    await refresh();
  };
  return el('div', { class: 'follow-up-form' }, note,
    el('div', { class: 'row' },
      f.status === 'OPEN' ? el('button', { type: 'button', class: 'call-back', onclick: send('call-back') }, t('callBack')) : null,
      el('button', { type: 'button', class: 'resolve primary', onclick: send('resolve') }, t('resolve'))));
}
