// The hall at a glance (大厅一览): every window as a tile coloured by its state, every area's queue
// against the tidal threshold, and what needs a manager now, each linking to where it is handled.
// One screen of 1920x1080 without scrolling; `?wall` is the dark, console-free mode for a large
// screen in the manager's office (`&lang=en` for English, `&hall=` for another hall).

import './glance-texts.js';
import { api, currentSession, signInAgain } from './api.js';
import { $, clock, el, minutes, replace, toast } from './dom.js';
import { applyTexts, t, toggleLanguage } from './i18n.js';
import { follow } from './live.js';
import { loadStaff, staffName } from './staff.js';

const params = new URLSearchParams(location.search);
const state = { hall: null, glance: null, skew: 0 };

async function start() {
  if (params.get('lang') === 'en' || params.get('lang') === 'zh') localStorage.setItem('ow-lang', params.get('lang'));
  if (params.has('wall')) document.body.classList.add('wall');
  applyTexts();
  const session = await currentSession();
  if (!session) {
    signInAgain();
    return;
  }
  if (!session.roles.includes('MANAGER')) {
    location.href = '/console/clerk.html';
    return;
  }
  const [halls] = await Promise.all([api('GET', '/api/halls'), loadStaff()]);
  state.hall = halls.find((h) => h.id === params.get('hall')) || halls[0];
  $('#hall-name').textContent = state.hall.name;
  $('#to-wall').href = `glance.html?wall&hall=${encodeURIComponent(state.hall.id)}`;
  $('#language').addEventListener('click', toggleLanguage);
  follow(state.hall.id, () => refresh(), (up) => {
    $('#live-status').textContent = up ? `● ${t('live')}` : t('offline');
    $('#live-status').className = up ? 'live up' : 'live down';
  });
  // Serving times count on between changes; the server's clock is the one that counts.
  setInterval(tick, 1000);
  await refresh();
}

async function refresh() {
  try {
    state.glance = await api('GET', `/api/halls/${encodeURIComponent(state.hall.id)}/glance`);
    state.skew = Date.parse(state.glance.at) - Date.now();
    render(state.glance);
  } catch (e) {
    if (e.status !== 401) toast(e.message, 'error');
  }
}

function render(g) {
  const counts = { SERVING: 0, IDLE: 0, PAUSED: 0, CLOSED: 0 };
  g.windows.forEach((w) => { counts[w.state] += 1; });
  $('#window-counts').textContent = t('glanceCounts', counts.SERVING, counts.IDLE, counts.PAUSED, counts.CLOSED);
  replace($('#tiles'), g.windows.map(tile));
  const scale = Math.max(1, ...g.areas.map((a) => Math.max(a.waiting, Math.ceil(a.waitingThreshold * 1.25))));
  replace($('#bars'), g.areas.map((a) => bar(a, scale)));
  $('#alert-count').hidden = g.alerts.length === 0;
  $('#alert-count').textContent = g.alerts.length;
  replace($('#alerts'), g.alerts.length ? g.alerts.map(alert) : el('li', { class: 'empty', text: t('glanceNoAlerts') }));
  tick();
}

function tile(w) {
  return el('div', {
    id: `tile-${w.windowNo}`, class: `tile state-${w.state}${w.tidalOpen ? ' tidal' : ''}`,
    'data-state': w.state, title: w.label || t(`windowKind${w.kind}`),
  },
  el('span', { class: 'tile-no', text: w.windowNo }),
  el('span', { class: 'tile-number', text: w.number || t(`glance${w.state}`) }),
  el('span', { class: 'tile-since', 'data-since': w.servingSince || '' }),
  el('span', { class: 'tile-clerk', text: staffName(w.clerk) || '' }));
}

function bar(a, scale) {
  const over = a.waiting >= a.waitingThreshold || (a.waiting > 0 && a.oldestWaitSeconds >= a.oldestWaitThresholdSeconds);
  const none = a.waiting > 0 && a.openWindows === 0;
  return el('div', { id: `bar-${a.areaId}`, class: `bar-row${over ? ' over' : ''}${none ? ' none' : ''}` },
    el('span', { class: 'bar-name', text: a.name }),
    el('span', { class: 'bar-track' }, sized('bar-fill', 'width', a.waiting / scale),
      sized('bar-threshold', 'left', a.waitingThreshold / scale)),
    el('span', { class: 'bar-figures' },
      el('strong', { text: t('glanceWaiting', a.waiting) }),
      a.waiting ? ` · ${t('glanceOldest', minutes(a.oldestWaitSeconds, t))}` : '',
      a.waiting && a.estimatedWaitSeconds !== null ? ` · ${t('glanceEstimate', minutes(a.estimatedWaitSeconds, t))}` : '',
      ` · ${a.openWindows ? t('glanceOpen', a.openWindows) : t('glanceNoWindow')}`));
}

/** A span placed by the style object: the page's policy allows no style attributes. */
function sized(className, property, share) {
  const node = el('span', { class: className });
  node.style[property] = `${Math.min(100, 100 * share)}%`;
  return node;
}

function alert(a) {
  return el('li', { class: `alert-item alert-${a.kind}`, 'data-kind': a.kind },
    el('span', { text: t(`alert${a.kind}`, a.subject, detail(a)) }),
    a.since ? el('small', { class: 'hint', text: ` ${clock(a.since)}` }) : null,
    el('a', { class: 'button alert-go', href: a.link, text: t('alertGo') }));
}

function detail(a) {
  if (a.kind === 'LONG_WAIT') return minutes(Number(a.detail), t);
  if (a.kind === 'BAD_RATING') return t(`level${a.detail}`);
  if (a.kind === 'DEVICE_FAULT') {
    const known = t(`fault${a.detail}`);
    return known === `fault${a.detail}` ? a.detail : known;
  }
  return a.detail;
}

function tick() {
  const now = Date.now() + state.skew;
  $('#glance-clock').textContent = new Date(now).toLocaleTimeString('zh-CN', { hourCycle: 'h23' });
  document.querySelectorAll('.tile-since').forEach((n) => {
    const since = n.dataset.since ? Date.parse(n.dataset.since) : NaN;
    n.textContent = Number.isNaN(since) ? '' : t('glanceFor', elapsed(now - since));
  });
}

function elapsed(ms) {
  const s = Math.max(0, Math.floor(ms / 1000));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const ss = String(s % 60).padStart(2, '0');
  return h ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}

start().catch((e) => toast(e.message, 'error'));
