// The window clerk's console: the ticket being served with its item, materials and running time,
// the actions (each one click or one key), the parked tickets, the waiting tickets of the window's
// areas (each may be called out of turn, 选呼), and the outcome at finish.

import { api, currentSession, signInAgain, signOut } from './api.js';
import { $, clock, el, minutes, replace, toast } from './dom.js';
import './clerk-texts.js';
import { chosenKeys, chosenRequest, openChosen, renderParked, startTimers, timer } from './clerk-tools.js';
import { applyTexts, t, toggleLanguage } from './i18n.js';
import { follow } from './live.js';
import { loadStaff, staffName } from './staff.js';

const state = {
  session: null,
  hall: null,
  windowNo: '',
  window: null,
  waiting: [],
  checked: new Map(), // ticket id -> set of material names the clerk has ticked
  busy: false,
};

const base = () => `/api/halls/${encodeURIComponent(state.hall.id)}`;
const windowPath = (action) => `${base()}/windows/${encodeURIComponent(state.windowNo)}/${action}`;

async function start() {
  applyTexts();
  state.session = await currentSession();
  if (!state.session) {
    signInAgain();
    return;
  }
  if (!state.session.roles.includes('CLERK') && !state.session.roles.includes('MANAGER')) {
    location.href = '/console/desk.html';
    return;
  }
  const [halls] = await Promise.all([api('GET', '/api/halls'), loadStaff()]);
  const wanted = new URLSearchParams(location.search).get('hall');
  state.hall = halls.find((h) => h.id === wanted) || halls[0];
  state.windowNo = state.session.windowNo;
  $('#who').textContent = state.session.displayName;
  $('#who').title = state.session.username;
  wire();
  startTimers();
  follow(state.hall.id, () => refresh(), (up) => {
    $('#live-status').textContent = up ? `● ${t('live')}` : t('offline');
    $('#live-status').className = up ? 'live up' : 'live down';
  });
  await refresh();
}

async function refresh() {
  try {
    if (!state.windowNo) {
      await showWindowChooser();
      return;
    }
    const w = await api('GET', `${base()}/windows/${encodeURIComponent(state.windowNo)}`);
    if (w.status === 'CLOSED' || w.clerk !== state.session.username) {
      state.windowNo = '';
      await showWindowChooser();
      return;
    }
    const lists = await Promise.all(w.areaIds.map((a) => api('GET', `${base()}/areas/${encodeURIComponent(a)}/waiting`)));
    state.window = w;
    state.waiting = lists.flat();
    render();
  } catch (e) {
    if (e.status !== 401) toast(e.message, 'error');
  }
}

async function showWindowChooser() {
  const windows = await api('GET', `${base()}/windows`);
  $('#workbench').hidden = true;
  $('#choose-window').hidden = false;
  $('#window-title').textContent = '';
  replace($('#window-list'), windows.map((w) => {
    const config = state.hall.windows.find((c) => c.no === w.windowNo) || {};
    const free = w.status === 'CLOSED';
    return el('button', {
      class: `window-choice ${free ? 'free' : 'taken'}`, type: 'button', id: `choose-${w.windowNo}`,
      disabled: !free, onclick: () => signInAt(w.windowNo),
    }, el('strong', { text: t('window', w.windowNo) }), el('span', { text: config.label || '' }),
    el('small', { text: free ? t('windowFree') : t('windowTaken', staffName(w.clerk)) }));
  }));
}

async function signInAt(no) {
  try {
    await api('POST', `${base()}/windows/${encodeURIComponent(no)}/sign-in`);
    state.windowNo = no;
    await refresh();
  } catch (e) {
    toast(e.message, 'error');
  }
}

function render() {
  const w = state.window;
  $('#choose-window').hidden = true;
  $('#workbench').hidden = false;
  $('#window-title').textContent = t('window', w.windowNo);
  renderServing(w);
  renderWaiting();
  $('#served-today').textContent = t('servedToday', w.servedToday);
  const paused = w.status === 'PAUSED';
  const current = w.current;
  $('#pause-label').textContent = paused ? t('resume') : t('pause');
  $('#call-next').disabled = state.busy || paused || !!current;
  for (const id of ['#recall', '#no-show', '#transfer', '#finish']) {
    $(id).disabled = state.busy || !current;
  }
  $('#pause').disabled = state.busy;
  $('#call-chosen').disabled = state.busy || paused || !!current || !state.waiting.length;
  $('#park').disabled = state.busy || !current;
  $('#silence').disabled = state.busy;
  $('#silence').setAttribute('aria-pressed', String(w.silent));
  $('#silence-label').textContent = w.silent ? t('silenceOn') : t('silenceOff');
  renderParked(w.parked, state.busy, !paused && !current, actions.resumeParked);
  document.body.classList.toggle('paused', paused);
}

function item(code) {
  return state.hall.items.find((i) => i.code === code);
}

function areaName(id) {
  const area = state.hall.areas.find((a) => a.id === id);
  return area ? area.name : id;
}

function renderServing(w) {
  const box = $('#serving');
  if (w.status === 'PAUSED' && !w.current) {
    replace(box, el('p', { class: 'big-note', id: 'paused-note', text: t('paused') }));
    return;
  }
  const ticket = w.current;
  if (!ticket) {
    replace(box, el('p', { class: 'big-note', id: 'nobody-served', text: t('nobodyServed') }));
    return;
  }
  const it = item(ticket.itemCode);
  const ticked = state.checked.get(ticket.ticketId) || new Set();
  state.checked.set(ticket.ticketId, ticked);
  const badges = [];
  if (ticket.priority === 'GREEN' || ticket.greenChannel) badges.push(el('span', { class: 'badge green', text: t('green') }));
  if (ticket.priority === 'APPOINTMENT') badges.push(el('span', { class: 'badge', text: t('appointment') }));
  replace(box,
    el('div', { class: 'ticket-line' },
      el('span', { id: 'serving-number', class: 'ticket-number', text: ticket.number }),
      el('span', { class: 'ticket-meta' },
        el('span', { text: areaName(ticket.areaId) }),
        el('span', { id: 'serving-name', text: ticket.maskedName || '—' }),
        el('span', { text: t('calledAt', clock(ticket.calledAt)) }),
        timer('serving-timer', 'servingFor', ticket.calledAt),
        ticket.recalls ? el('span', { text: t('recalled', ticket.recalls) }) : null,
        badges)),
    el('h3', { text: `${t('item')}：${it ? it.name : t('noItem')}` }),
    it && it.materials.length ? el('ul', { class: 'materials', id: 'materials' }, it.materials.map((m) =>
      el('li', {},
        el('label', {},
          el('input', {
            type: 'checkbox', checked: ticked.has(m.name),
            onchange: (e) => { if (e.target.checked) ticked.add(m.name); else ticked.delete(m.name); },
          }),
          ` ${m.name}`,
          el('small', { text: ` ${m.original ? t('original') : ''} ${m.copies ? t('copies', m.copies) : ''}` }),
          m.mayBeMissing ? el('span', { class: 'badge', text: t('mayBeMissing') }) : null)))) : null);
}

function renderWaiting() {
  $('#waiting-count').textContent = state.waiting.length ? `(${state.waiting.length})` : '';
  if (!state.waiting.length) {
    replace($('#waiting-list'), el('li', { class: 'empty', text: t('nobodyWaiting') }));
    return;
  }
  const now = Date.now();
  replace($('#waiting-list'), state.waiting.map((tk) => el('li', { class: tk.priority !== 'NORMAL' ? 'priority' : '' },
    el('strong', { text: tk.number }),
    el('span', { text: tk.maskedName || '' }),
    el('span', { class: 'muted', text: state.window.areaIds.length > 1 ? areaName(tk.areaId) : '' }),
    el('span', { class: 'muted', text: t('waitedFor', minutes((now - Date.parse(tk.issuedAt)) / 1000, t)) }),
    el('button', {
      type: 'button', class: 'choose', id: `choose-${tk.number}`, text: t('callChosen'),
      disabled: state.busy || !!state.window.current || state.window.status === 'PAUSED',
      onclick: () => openChosen(state.waiting, tk.number),
    }))));
}

async function act(work, done) {
  if (state.busy) return;
  state.busy = true;
  render();
  try {
    const result = await work();
    if (done) toast(done(result));
  } catch (e) {
    toast(e.message, 'error');
  } finally {
    state.busy = false;
    await refresh();
  }
}

const actions = {
  callNext: () => act(() => api('POST', windowPath('call-next')),
    (tk) => (tk ? t('called', tk.number) : t('nobodyWaiting'))),
  recall: () => act(() => api('POST', windowPath('recall')), (tk) => t('called', tk.number)),
  noShow: () => act(() => api('POST', windowPath('no-show')), (tk) => t('markedNoShow', tk.number)),
  pause: () => act(() => api('POST', windowPath(state.window.status === 'PAUSED' ? 'resume' : 'pause'))),
  transfer: () => openTransfer(),
  finish: () => openOutcome(),
  callChosen: () => openChosen(state.waiting),
  park: () => act(() => api('POST', windowPath('park')), (tk) => t('parkedDone', tk.number)),
  resumeParked: (p) => act(() => api('POST', windowPath(`parked/${encodeURIComponent(p.ticketId)}/resume`)),
    (tk) => t('resumedDone', tk.number)),
  silence: () => act(() => api('POST', windowPath('silence'), { silent: !state.window.silent }),
    (w) => (w.silent ? t('silentNow') : t('spokenNow'))),
};

function wire() {
  $('#language').addEventListener('click', toggleLanguage);
  $('#sign-out').addEventListener('click', signOut);
  $('#call-next').addEventListener('click', actions.callNext);
  $('#recall').addEventListener('click', actions.recall);
  $('#no-show').addEventListener('click', actions.noShow);
  $('#transfer').addEventListener('click', actions.transfer);
  $('#finish').addEventListener('click', actions.finish);
  $('#pause').addEventListener('click', actions.pause);
  $('#call-chosen').addEventListener('click', actions.callChosen);
  $('#park').addEventListener('click', actions.park);
  $('#silence').addEventListener('click', actions.silence);
  $('#leave-window').addEventListener('click', () => act(async () => {
    await api('POST', windowPath('sign-out'));
    state.windowNo = '';
  }));
  document.addEventListener('keydown', onKey);
  wireOutcome();
  wireTransfer();
  wireChosen();
}

const KEYS = {
  n: 'callNext', c: 'callChosen', r: 'recall', s: 'noShow', t: 'transfer', h: 'park', f: 'finish', p: 'pause', m: 'silence',
};
const BUTTONS = {
  callNext: '#call-next', callChosen: '#call-chosen', recall: '#recall', noShow: '#no-show', transfer: '#transfer',
  park: '#park', finish: '#finish', pause: '#pause', silence: '#silence',
};

function onKey(e) {
  if (e.ctrlKey || e.metaKey || e.altKey || document.querySelector('dialog[open]')) return;
  if (['INPUT', 'TEXTAREA', 'SELECT'].includes(e.target.tagName) || $('#workbench').hidden) return;
  const parked = /^[1-9]$/.test(e.key) ? state.window && state.window.parked[Number(e.key) - 1] : null;
  if (parked) {
    const resume = $(`#resume-${parked.number}`);
    if (resume && !resume.disabled) {
      e.preventDefault();
      actions.resumeParked(parked);
    }
    return;
  }
  const action = KEYS[e.key.toLowerCase()];
  const button = BUTTONS[action];
  if (action && !$(button).disabled) {
    e.preventDefault();
    actions[action]();
  }
}

// ---- finish with an outcome ----

function openOutcome() {
  const ticket = state.window.current;
  if (!ticket) return;
  const it = item(ticket.itemCode);
  const ticked = state.checked.get(ticket.ticketId) || new Set();
  const form = $('#outcome-form');
  form.reset();
  $('#outcome-error').hidden = true;
  replace($('#missing-list'), (it ? it.materials : []).map((m) => el('label', {},
    el('input', { type: 'checkbox', name: 'missing', value: m.name, checked: !ticked.has(m.name) }), ` ${m.name}`)));
  syncOutcome();
  $('#outcome-dialog').showModal();
}

function syncOutcome() {
  const outcome = new FormData($('#outcome-form')).get('outcome');
  $('#missing-box').hidden = !['ACCEPTED_WITH_MISSING', 'MATERIALS_MISSING'].includes(outcome);
  $('#note-label').textContent = outcome === 'NOT_ACCEPTED' ? t('reason') : t('note');
}

function wireOutcome() {
  $('#outcome-form').addEventListener('change', syncOutcome);
  $('#outcome-cancel').addEventListener('click', () => $('#outcome-dialog').close());
  $('#outcome-form').addEventListener('submit', (e) => {
    e.preventDefault();
    const data = new FormData($('#outcome-form'));
    const outcome = data.get('outcome');
    const needsMissing = ['ACCEPTED_WITH_MISSING', 'MATERIALS_MISSING'].includes(outcome);
    const missing = needsMissing ? [...data.getAll('missing'),
      ...$('#missing-other').value.split('\n').map((s) => s.trim()).filter(Boolean)] : [];
    const note = $('#outcome-note').value.trim();
    const error = $('#outcome-error');
    if (needsMissing && !missing.length) {
      error.textContent = t('needMissing');
      error.hidden = false;
      return;
    }
    if (outcome === 'NOT_ACCEPTED' && !note) {
      error.textContent = t('needReason');
      error.hidden = false;
      return;
    }
    $('#outcome-dialog').close();
    act(() => api('POST', windowPath('finish'), { outcome, missingMaterials: missing, note }),
      (tk) => t('finished', tk.number));
  });
}

// ---- 选呼: a chosen ticket, out of turn, for a reason ----

function wireChosen() {
  $('#chosen-cancel').addEventListener('click', () => $('#chosen-dialog').close());
  $('#chosen-dialog').addEventListener('keydown', chosenKeys);
  $('#chosen-form').addEventListener('submit', (e) => {
    e.preventDefault();
    const request = chosenRequest();
    if (!request) return;
    $('#chosen-dialog').close();
    act(() => api('POST', windowPath('call-chosen'), request), (tk) => t('called', tk.number));
  });
}

// ---- transfer ----

function openTransfer() {
  if (!state.window.current) return;
  replace($('#transfer-area'), el('option', { value: '', text: t('none') }),
    state.hall.areas.map((a) => el('option', { value: a.id, text: a.name })));
  replace($('#transfer-window'), el('option', { value: '', text: t('none') }),
    state.hall.windows.filter((w) => w.no !== state.windowNo)
      .map((w) => el('option', { value: w.no, text: `${t('window', w.no)} ${w.label || ''}` })));
  $('#transfer-dialog').showModal();
}

function wireTransfer() {
  $('#transfer-cancel').addEventListener('click', () => $('#transfer-dialog').close());
  $('#transfer-area').addEventListener('change', () => { if ($('#transfer-area').value) $('#transfer-window').value = ''; });
  $('#transfer-window').addEventListener('change', () => { if ($('#transfer-window').value) $('#transfer-area').value = ''; });
  $('#transfer-form').addEventListener('submit', (e) => {
    e.preventDefault();
    const toAreaId = $('#transfer-area').value;
    const toWindowNo = $('#transfer-window').value;
    if (!toAreaId && !toWindowNo) return;
    $('#transfer-dialog').close();
    act(() => api('POST', windowPath('transfer'), toAreaId ? { toAreaId } : { toWindowNo }),
      (tk) => t('transferred', tk.number));
  });
}

start().catch((e) => toast(e.message, 'error'));
