// The guide's console at the information desk (咨询导办): find any of today's tickets by number and
// put a no-show back in the queue, settle green-channel requests made at the kiosks, take a
// ticket for someone (with or without an ID) and print it, and see each area's wait, all live.

import './desk-texts.js';
import { api, currentSession, signInAgain, signOut } from './api.js';
import { $, clock, el, replace, toast } from './dom.js';
import { applyTexts, t, toggleLanguage } from './i18n.js';
import { follow } from './live.js';
import { wireIssue, fillAreas } from './desk-issue.js';
import { renderTicket } from './desk-lookup.js';

const state = { session: null, hall: null, found: null, pending: [] };
const base = () => `/api/halls/${encodeURIComponent(state.hall.id)}`;

async function start() {
  applyTexts();
  state.session = await currentSession();
  if (!state.session) {
    signInAgain();
    return;
  }
  if (!state.session.roles.includes('GUIDE') && !state.session.roles.includes('MANAGER')) {
    location.href = '/console/clerk.html';
    return;
  }
  const halls = await api('GET', '/api/halls');
  const wanted = new URLSearchParams(location.search).get('hall');
  state.hall = halls.find((h) => h.id === wanted) || halls[0];
  $('#hall-name').textContent = state.hall.name;
  $('#who').textContent = state.session.displayName;
  $('#who').title = state.session.username;
  $('#language').addEventListener('click', toggleLanguage);
  $('#sign-out').addEventListener('click', signOut);
  $('#lookup-form').addEventListener('submit', (e) => { e.preventDefault(); lookup($('#lookup-number').value); });
  wireDecline();
  wireIssue(state.hall, base);
  document.addEventListener('keydown', onKey);
  follow(state.hall.id, refresh, (up) => {
    $('#live-status').textContent = up ? `● ${t('live')}` : t('offline');
    $('#live-status').className = up ? 'live up' : 'live down';
  });
}

async function refresh() {
  try {
    const [board, pending] = await Promise.all([api('GET', `${base()}/board`), api('GET', `${base()}/green-channel/pending`)]);
    renderAreas(board);
    fillAreas(board);
    renderPending(pending);
    if (state.found) {
      state.found = await api('GET', `${base()}/tickets/${encodeURIComponent(state.found.ticketId)}`);
      showFound();
    }
  } catch (e) {
    if (e.status !== 401) toast(e.message, 'error');
  }
}

async function lookup(text) {
  const number = text.trim().toUpperCase();
  const error = $('#lookup-error');
  error.hidden = true;
  if (!number) {
    error.textContent = t('needNumber');
    error.hidden = false;
    return;
  }
  try {
    state.found = await api('GET', `${base()}/tickets?number=${encodeURIComponent(number)}`);
    showFound();
    // Out of the field, so the result's own keys (R) work; L comes back to it.
    $('#lookup-number').blur();
  } catch (e) {
    state.found = null;
    replace($('#lookup-result'));
    error.textContent = e.status === 404 ? t('noSuchTicket', number) : e.status === 400 ? t('badNumber') : e.message;
    error.hidden = false;
  }
}

function showFound() {
  replace($('#lookup-result'), renderTicket(state.found, t, reactivate, checkIn));
}

async function reactivate() {
  const tk = state.found;
  if (!tk || tk.status !== 'NO_SHOW') return;
  try {
    state.found = await api('POST', `${base()}/tickets/${encodeURIComponent(tk.ticketId)}/reactivate`);
    showFound();
    toast(t('reactivated', tk.number));
  } catch (e) {
    toast(e.message, 'error');
  }
}

/** A remote ticket's holder is here: it joins its queue (at its place when within the keep-place time). */
async function checkIn() {
  const tk = state.found;
  if (!tk || tk.status !== 'AWAITING_ARRIVAL') return;
  try {
    state.found = await api('POST', `${base()}/tickets/${encodeURIComponent(tk.ticketId)}/check-in`);
    showFound();
    toast(t('checkedIn', tk.number));
  } catch (e) {
    toast(e.message, 'error');
  }
}

function renderAreas(board) {
  replace($('#desk-areas tbody'), board.areas.map((a) => el('tr', { id: `desk-area-${a.areaId}`, class: a.waiting > 0 && a.openWindows === 0 ? 'alert' : '' },
    el('td', { text: a.name }),
    el('td', { class: 'num', text: a.waiting }),
    el('td', { class: 'num', text: a.openWindows === 0 ? t('noWindowNow') : minutesOr(a) }),
    el('td', { class: 'num', text: a.openWindows }))));
}

function minutesOr(a) {
  if (!a.waiting) return '—';
  const m = Math.round((a.estimatedWaitSeconds || 0) / 60);
  return t('minutes', m);
}

function renderPending(list) {
  state.pending = list;
  $('#pending-count').textContent = list.length ? `(${list.length})` : '';
  if (!list.length) {
    replace($('#pending-list'), el('li', { class: 'empty', text: t('pendingNone') }));
    return;
  }
  replace($('#pending-list'), list.map((tk, i) => el('li', { id: `pending-${tk.number}` },
    el('strong', { text: tk.number }),
    el('span', { text: tk.areaName }),
    el('span', { class: 'badge green', text: t(`green${tk.reason}`) }),
    el('span', { class: 'muted', text: tk.maskedName || '' }),
    el('span', { class: 'muted', text: clock(tk.issuedAt) }),
    el('span', { class: 'spacer' }),
    el('button', { type: 'button', class: 'primary confirm-green', onclick: () => confirmGreen(tk) },
      t('confirmGreen'), i === 0 ? el('kbd', { text: 'C' }) : null),
    el('button', { type: 'button', class: 'decline-green', onclick: () => openDecline(tk) },
      t('declineGreen'), i === 0 ? el('kbd', { text: 'D' }) : null))));
}

async function confirmGreen(tk) {
  try {
    await api('POST', `${base()}/tickets/${encodeURIComponent(tk.ticketId)}/green-channel`);
    toast(t('confirmedGreen', tk.number));
  } catch (e) {
    toast(e.message, 'error');
  }
  refresh();
}

let declining = null;

function openDecline(tk) {
  declining = tk;
  $('#decline-title').textContent = t('declineTitle', tk.number);
  $('#decline-reason').value = '';
  $('#decline-error').hidden = true;
  $('#decline-dialog').showModal();
  $('#decline-reason').focus();
}

function wireDecline() {
  $('#decline-cancel').addEventListener('click', () => $('#decline-dialog').close());
  $('#decline-reason').addEventListener('input', () => { $('#decline-error').hidden = true; });
  $('#decline-form').addEventListener('submit', async (e) => {
    e.preventDefault();
    const reason = $('#decline-reason').value.trim();
    if (!reason) {
      $('#decline-error').textContent = t('needDeclineReason');
      $('#decline-error').hidden = false;
      return;
    }
    try {
      await api('POST', `${base()}/tickets/${encodeURIComponent(declining.ticketId)}/green-channel/decline`, { reason });
      $('#decline-dialog').close();
      toast(t('declinedGreen', declining.number));
      refresh();
    } catch (err) {
      $('#decline-error').textContent = err.message;
      $('#decline-error').hidden = false;
    }
  });
}

const KEYS = {
  l: () => $('#lookup-number').focus(),
  r: reactivate,
  k: checkIn,
  c: () => state.pending[0] && confirmGreen(state.pending[0]),
  d: () => state.pending[0] && openDecline(state.pending[0]),
  i: () => $('#issue-area').focus(),
};

function onKey(e) {
  if (e.ctrlKey || e.metaKey || e.altKey || document.querySelector('dialog[open]')) return;
  if (['INPUT', 'TEXTAREA', 'SELECT'].includes(e.target.tagName)) return;
  const action = KEYS[e.key.toLowerCase()];
  if (action) {
    e.preventDefault();
    action();
  }
}

start();
