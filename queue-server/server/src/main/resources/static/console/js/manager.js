// The hall manager's console: for a manager of several halls, their overview and a hall picker; the live
// hall, tidal windows (advice, open and close, auto mode, the log), devices, statistics, the boards'
// notice and silent calls, staff accounts and registered devices, the audit trail.
// Every tab but the audit trail and the overview refreshes itself on the hall's live events;
// device faults nobody has acknowledged show above whichever tab is open, and the devices tab
// counts the follow-up work that waits for a manager.

import { api, currentSession, signInAgain, signOut } from './api.js';
import { $, clock, el, minutes, replace, toast } from './dom.js';
import { applyTexts, t, toggleLanguage } from './i18n.js';
import { follow } from './live.js';
import { renderAccounts, setUpAccountForms } from './manager-accounts.js';
import { renderAlerts } from './manager-alerts.js';
import { renderAudit } from './manager-audit.js';
import { renderDevices, renderStats } from './manager-extra.js';
import { renderRange } from './manager-range.js';
import { renderParked } from './manager-parked.js';
import { renderRatings } from './manager-ratings.js';
import { renderRegion, setUpHallPicker } from './manager-region.js';
import { renderCases } from './manager-cases.js';
import { renderSilence, switchSilence } from './manager-silence.js';
import { loadStaff, staffName } from './staff.js';

const state = { session: null, hall: null, tab: 'hall', board: null, regional: false };
const base = () => `/api/halls/${encodeURIComponent(state.hall.id)}`;

async function start() {
  applyTexts();
  state.session = await currentSession();
  if (!state.session) {
    signInAgain();
    return;
  }
  if (!state.session.roles.includes('MANAGER')) {
    location.href = '/console/clerk.html';
    return;
  }
  const [halls] = await Promise.all([api('GET', '/api/halls'), loadStaff()]);
  const wanted = new URLSearchParams(location.search).get('hall');
  state.hall = halls.find((h) => h.id === wanted) || halls[0];
  // A manager of several halls (a region's) starts on the overview of them all.
  state.regional = halls.length > 1;
  $('#tab-region').hidden = !state.regional;
  setUpHallPicker(halls, state.hall);
  $('#hall-name').textContent = state.hall.name;
  $('#who').textContent = state.session.displayName;
  $('#who').title = state.session.username;
  $('#language').addEventListener('click', toggleLanguage);
  $('#sign-out').addEventListener('click', signOut);
  document.querySelectorAll('[data-tab]').forEach((b) => b.addEventListener('click', () => show(b.dataset.tab)));
  $('#auto-mode').addEventListener('change', switchAutoMode);
  $('#notice-form').addEventListener('submit', saveNotice);
  $('#hall-silent').addEventListener('change', () => change(() => switchSilence(base())));
  setUpAccountForms(state.hall, () => refresh(['accounts']));
  show(location.hash.slice(1) || (state.regional && !wanted ? 'region' : 'hall'));
  // The live stream is the one hall's; the overview of the others is read again every 15 s.
  if (state.regional) setInterval(() => { if (state.tab === 'region') refresh(['region']); }, 15000);
  follow(state.hall.id, (changed) => refresh(changed), (up) => {
    $('#live-status').textContent = up ? `● ${t('live')}` : t('offline');
    $('#live-status').className = up ? 'live up' : 'live down';
  });
}

function show(tab) {
  state.tab = [...(state.regional ? ['region'] : []), 'hall', 'tidal', 'cases', 'ratings', 'devices', 'stats', 'notice', 'accounts', 'audit'].includes(tab) ? tab : 'hall';
  history.replaceState(null, '', `#${state.tab}`);
  document.querySelectorAll('[data-tab]').forEach((b) => b.setAttribute('aria-selected', String(b.dataset.tab === state.tab)));
  document.querySelectorAll('.panel').forEach((p) => { p.hidden = p.id !== `panel-${state.tab}`; });
  refresh(['all']);
}

async function refresh(changed) {
  try {
    if (!changed || changed.includes('all') || changed.includes('devices')) {
      await renderAlerts(base(), $('#device-alerts'), () => refresh(['devices']));
      await renderParked(base(), $('#parked'), $('#parked-badge'), () => refresh(['devices']));
    }
    if (state.tab === 'region') await renderRegion($('#region-overview'), () => refresh(['all']));
    if (state.tab === 'hall') await renderHall();
    if (state.tab === 'tidal') await renderTidal();
    if (state.tab === 'cases') await renderCases(base(), $('#supervision'), $('#cases'), state.hall, refresh);
    if (state.tab === 'ratings') await renderRatings(base(), $('#follow-ups'), $('#ratings'), state.hall, refresh);
    if (state.tab === 'devices') await renderDevices(base(), $('#devices'));
    if (state.tab === 'stats') await renderStats(base(), $('#stats'));
    if (state.tab === 'stats' && (!changed || changed.includes('all'))) await renderRange(base(), $('#stats-range'));
    if (state.tab === 'notice' && document.activeElement !== $('#notice-text')) {
      state.board = await api('GET', `${base()}/board`);
      $('#notice-text').value = state.board.notice;
    }
    if (state.tab === 'notice') await renderSilence(base());
    if (state.tab === 'accounts') await renderAccounts($('#accounts'), $('#registered-devices'), () => refresh(['accounts']),
      state.session.username);
    if (state.tab === 'audit' && (!changed || changed.includes('all'))) await renderAudit($('#audit'));
  } catch (e) {
    if (e.status !== 401) toast(e.message, 'error');
  }
}

function areaName(id) {
  const area = state.hall.areas.find((a) => a.id === id);
  return area ? area.name : id;
}

async function renderHall() {
  const [board, windows] = await Promise.all([api('GET', `${base()}/board`), api('GET', `${base()}/windows`)]);
  replace($('#areas-table tbody'), board.areas.map((a) => el('tr', { id: `area-${a.areaId}`, class: a.waiting > 0 && a.openWindows === 0 ? 'alert' : '' },
    el('td', { text: a.name }),
    el('td', { class: 'num', text: a.waiting }),
    el('td', { class: 'num', text: a.waiting ? minutes(a.oldestWaitSeconds, t) : '—' }),
    el('td', { class: 'num', text: a.waiting ? minutes(a.estimatedWaitSeconds, t) : '—' }),
    el('td', { class: 'num', text: a.openWindows }))));
  replace($('#windows-table tbody'), windows.map((w) => el('tr', { id: `window-${w.windowNo}`, class: `state-${w.status}` },
    el('td', { text: w.windowNo }),
    el('td', { text: w.tidalOpen ? `${t(`windowKind${w.kind}`)} → ${w.areaIds.map(areaName).join('、')}` : t(`windowKind${w.kind}`) }),
    el('td', { text: t(`status${w.status}`) }),
    el('td', { text: staffName(w.clerk) || '—' }),
    el('td', { text: w.current ? w.current.number : '—' }),
    el('td', { class: 'num', text: w.servedToday }))));
}

async function renderTidal() {
  const [advice, windows, audit] = await Promise.all([api('GET', `${base()}/tidal/suggestions`),
    api('GET', `${base()}/tidal/windows`), api('GET', `${base()}/tidal/audit?limit=50`)]);
  $('#auto-mode').checked = advice.autoMode;
  $('#auto-mode-text').textContent = advice.autoMode ? t('autoOn') : t('autoOff');
  replace($('#suggestions'), advice.suggestions.length ? advice.suggestions.map((s) => el('li', { class: `suggest-${s.action}` },
    el('strong', { text: `${t(`suggest${s.action}`)} ${s.windowNo ? t('window', s.windowNo) : ''}` }),
    el('span', { text: ` ${s.areaId.split(',').map(areaName).join('、')}：${s.reason}` }))) : el('li', { class: 'empty', text: t('noSuggestions') }));
  replace($('#tidal-windows'), windows.map((w) => tidalCard(w, advice)));
  replace($('#audit-table tbody'), audit.map((r) => el('tr', {},
    el('td', { text: new Date(r.at).toLocaleString() }),
    el('td', { text: r.window || '—' }),
    el('td', { text: t(`action${r.action}`) }),
    el('td', { text: r.areas ? r.areas.split(',').map(areaName).join('、') : '' }),
    el('td', { text: staffName(r.actor) }),
    el('td', { text: t(`mode${r.mode}`) }),
    el('td', { text: r.reason }))));
}

function tidalCard(w, advice) {
  const suggested = advice.suggestions.find((s) => s.action === 'OPEN' && s.windowNo === w.windowNo);
  const chosen = new Set(w.tidalOpen ? w.areaIds : (suggested ? suggested.areaId.split(',') : []));
  const reason = el('input', { type: 'text', class: 'reason', placeholder: t('reasonOptional'), value: suggested ? suggested.reason : '' });
  const boxes = state.hall.areas.filter((a) => !['pickup', 'consult', 'complaint', 'assist'].includes(a.id) || chosen.has(a.id))
    .map((a) => el('label', { class: 'area-choice' },
      el('input', { type: 'checkbox', value: a.id, checked: chosen.has(a.id) }), ` ${a.name}`));
  const openButton = el('button', {
    type: 'button', class: 'primary', id: `open-${w.windowNo}`,
    onclick: async () => {
      const areaIds = boxes.map((b) => b.querySelector('input')).filter((i) => i.checked).map((i) => i.value);
      if (!areaIds.length) {
        toast(t('chooseAreas'), 'error');
        return;
      }
      await change(() => api('POST', `${base()}/tidal/windows/${w.windowNo}/open`, { areaIds, reason: reason.value.trim() })
        .then(() => { reason.value = reason.defaultValue; }));
    },
  }, t(w.tidalOpen ? 'openFor' : 'open'));
  const closeButton = w.tidalOpen ? el('button', {
    type: 'button', id: `close-${w.windowNo}`,
    onclick: () => change(() => api('POST', `${base()}/tidal/windows/${w.windowNo}/close`, { areaIds: [], reason: reason.value.trim() })
      .then(() => { reason.value = reason.defaultValue; })),
  }, t('close')) : null;
  return el('div', { class: `tidal-card ${w.tidalOpen ? 'is-open' : ''}`, id: `tidal-${w.windowNo}` },
    el('h3', {}, t('window', w.windowNo), ' ', el('span', { class: 'badge', text: w.tidalOpen ? t('isOpen') : t('isClosed') })),
    w.tidalOpen ? el('p', { text: `${t('servesAreas')}：${w.areaIds.map(areaName).join('、')}` }) : null,
    el('div', { class: 'area-choices' }, boxes), reason, el('div', { class: 'row' }, openButton, closeButton));
}

async function change(work) {
  try {
    await work();
    toast(t('saved'));
  } catch (e) {
    toast(e.message, 'error');
  }
  await refresh();
}

async function switchAutoMode() {
  const enabled = $('#auto-mode').checked;
  await change(() => api('PUT', `${base()}/tidal/auto-mode`, { enabled }));
}

async function saveNotice(e) {
  e.preventDefault();
  await change(() => api('PUT', `${base()}/notice`, { text: $('#notice-text').value.trim() }));
}

start().catch((e) => toast(e.message, 'error'));
