// One ticket as the desk shows it after a lookup: where it stands, "queue again" for a no-show, and
// "check in" for a ticket taken by phone whose holder stands at the desk.

import { clock, el, minutes } from './dom.js';

export function renderTicket(tk, t, reactivate, checkIn) {
  const green = tk.greenChannel === 'PENDING' ? t('greenPending')
    : tk.greenChannel ? `${t('priorityGREEN')} · ${t(`green${tk.greenChannel}`)}` : t(`priority${tk.priority}`);
  let place = '—';
  if (tk.status === 'WAITING') {
    place = tk.noWindowOpen ? t('noWindowNow') : `${t('aheadOf', tk.peopleAhead)} · ${minutes(tk.estimatedWaitSeconds, t)}`;
  } else if (tk.status === 'CALLED' && tk.windowNo) {
    place = t('calledTo', tk.windowNo);
  }
  return el('div', { id: 'found', class: `found status-${tk.status}` },
    el('p', { class: 'lookup-number', id: 'found-number', text: tk.number }),
    el('dl', { class: 'facts' },
      el('dt', { text: t('status') }), el('dd', { id: 'found-status', text: t(`ticket${tk.status}`) }),
      el('dt', { text: t('area') }), el('dd', { text: tk.areaName }),
      el('dt', { text: t('estimate') }), el('dd', { id: 'found-place', text: place }),
      el('dt', { text: t('windows') }), el('dd', { text: tk.windowNo || (tk.windowNos || []).join('、') || '—' }),
      el('dt', { text: t('priority') }), el('dd', { id: 'found-priority', text: green }),
      el('dt', { text: t('applicant') }), el('dd', { text: tk.maskedName || '—' }),
      el('dt', { text: t('issuedAt') }), el('dd', { text: clock(tk.issuedAt) })),
    tk.status === 'NO_SHOW'
      ? el('button', { type: 'button', id: 'reactivate', class: 'primary', onclick: reactivate }, t('reactivate'), el('kbd', { text: 'R' }))
      : null,
    tk.status === 'AWAITING_ARRIVAL'
      ? el('button', { type: 'button', id: 'check-in', class: 'primary', onclick: checkIn }, t('checkIn'), el('kbd', { text: 'K' }))
      : null);
}
