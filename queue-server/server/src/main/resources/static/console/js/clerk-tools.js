// The clerk's tools beside calling in turn: the serving timer, 选呼 (a chosen ticket with a
// reason), the parked tickets (挂起) with how long each has waited, and the silent-calls switch.

import { $, el, replace } from './dom.js';
import { t } from './i18n.js';

export const REASONS = ['APPOINTMENT', 'GREEN_CHANNEL', 'RETURNED', 'SAME_MATTER', 'ARRANGED', 'OTHER'];

/** "12:05" or "1:02:05": a running time the clerk reads at a glance. */
export function elapsed(sinceIso, now = Date.now()) {
  const s = Math.max(0, Math.floor((now - Date.parse(sinceIso)) / 1000));
  const two = (n) => String(n).padStart(2, '0');
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  return h ? `${h}:${two(m)}:${two(s % 60)}` : `${two(m)}:${two(s % 60)}`;
}

/** Keeps every [data-since] element's running time up to date, once a second. */
export function startTimers() {
  const tick = () => document.querySelectorAll('[data-since]').forEach((n) => {
    n.textContent = t(n.dataset.label, elapsed(n.dataset.since));
  });
  tick();
  return setInterval(tick, 1000);
}

export function timer(id, label, since) {
  return el('span', { id, class: 'timer', 'data-since': since, 'data-label': label, text: t(label, elapsed(since)) });
}

/** The parked tickets, each with its waiting time and a resume button (keys 1–3). */
export function renderParked(parked, busy, canResume, onResume) {
  $('#parked-count').textContent = parked.length ? `(${parked.length})` : '';
  if (!parked.length) {
    replace($('#parked-list'), el('li', { class: 'empty', text: t('nobodyParked') }));
    return;
  }
  replace($('#parked-list'), parked.map((p, i) => el('li', { id: `parked-${p.number}` },
    el('strong', { text: p.number }),
    el('span', { text: p.maskedName || '' }),
    timer(`parked-for-${p.number}`, 'parkedFor', p.parkedAt),
    el('button', { type: 'button', id: `resume-${p.number}`, disabled: busy || !canResume, onclick: () => onResume(p) },
      el('span', { text: t('resumeParked') }), ' ', el('kbd', { text: String(i + 1) })))));
}

/** Opens the 选呼 dialog on the waiting tickets, with {@code number} chosen when given. */
export function openChosen(waiting, number) {
  const form = $('#chosen-form');
  form.reset();
  $('#chosen-error').hidden = true;
  replace($('#chosen-ticket'), waiting.map((tk) => el('option', {
    value: tk.ticketId, text: `${tk.number} ${tk.maskedName || ''}`, selected: tk.number === number,
  })));
  replace($('#chosen-reasons'), REASONS.map((r, i) => el('label', {},
    el('input', { type: 'radio', name: 'reason', value: r, checked: i === 0 }), ' ', el('kbd', { text: String(i + 1) }),
    ' ', el('span', { text: t(`reason${r}`) }))));
  $('#chosen-dialog').showModal();
  $('#chosen-ticket').focus();
}

/** In the dialog, 1–6 pick the reason and Enter confirms, unless the clerk is writing the note. */
export function chosenKeys(e) {
  if (e.target.tagName === 'TEXTAREA') return;
  const reason = REASONS[Number(e.key) - 1];
  if (/^[1-9]$/.test(e.key) && reason) {
    e.preventDefault();
    $(`#chosen-form input[value=${reason}]`).checked = true;
  } else if (e.key === 'Enter') {
    e.preventDefault();
    $('#chosen-form').requestSubmit();
  }
}

/** The dialog's choice, or null (with the reason shown) when it is not complete. */
export function chosenRequest() {
  const data = new FormData($('#chosen-form'));
  const reason = data.get('reason');
  const note = $('#chosen-note').value.trim();
  if (reason === 'OTHER' && !note) {
    $('#chosen-error').textContent = t('needNote');
    $('#chosen-error').hidden = false;
    return null;
  }
  return { ticketId: $('#chosen-ticket').value, reason, note };
}
