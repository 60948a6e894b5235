// The citizen's phone page behind the ticket's QR code (/t/{hall}/{code}): place, wait, the call
// with its window, then the rating link. Everything comes from the tracking view, which carries no
// name; text is always set as text, never as HTML.

import { applyTexts, t, toggleLanguage } from './words.js';
import { alertCalled, enableSound, soundEnabled } from './alert.js';
import { follow } from './follow.js';
import { renderNotice, setupNotices } from './notice.js';

const [, , hall, code] = location.pathname.split('/').map(decodeURIComponent);
const api = `/api/halls/${encodeURIComponent(hall)}/track/${encodeURIComponent(code)}`;
const $ = (id) => document.getElementById(id);
let last = null;
let item = null;
let itemAsked = false;
let remote = null;
const REMOTE_STATES = ['AWAITING_ARRIVAL', 'LAPSED'];

function show(id, visible) {
  $(id).hidden = !visible;
}

function waitText(view) {
  if (view.noWindowOpen) return t('noWindowOpen');
  const minutes = Math.ceil((view.estimatedWaitSeconds || 0) / 60);
  return minutes < 1 ? t('soon') : t('minutes', minutes);
}

function explanation(view) {
  if (view.status === 'NO_SHOW') return t('noShow');
  if (view.status === 'DONE') return view.ratingUrl ? `${t('done')} ${t('rated')}` : t('done');
  if (view.status !== 'WAITING') return '';
  if (view.greenChannel === 'PENDING') return t('greenPending');
  if (view.noWindowOpen) return t('noWindowOpenNote');
  return view.windowNo ? t('transferred', view.windowNo) : '';
}

/** The status shown: past the lapse time a ticket not checked in is lapsed, whether or not it was marked yet. */
function statusOf(view) {
  return view.status === 'AWAITING_ARRIVAL' && remote && remote.ticket.status === 'LAPSED' ? 'LAPSED' : view.status;
}

/** A time as the hall's clocks show it, wherever the phone is. */
function clockText(instant) {
  return new Date(instant).toLocaleTimeString('zh-CN',
    { hour: '2-digit', minute: '2-digit', hour12: false, timeZone: remote.timeZone });
}

function renderRemote(status) {
  show('remote', status === 'AWAITING_ARRIVAL' && remote !== null);
  if (status === 'LAPSED' && remote) {
    $('explain').textContent = t('remoteLapsed', clockText(remote.lapseAt));
    show('explain', true);
  }
  if (status !== 'AWAITING_ARRIVAL' || !remote) return;
  $('remote-ahead').textContent = t('people', remote.peopleAhead);
  $('remote-lapse').textContent = t('remoteLapse', clockText(remote.lapseAt));
  $('remote-keep').textContent = t('remoteKeep', clockText(remote.keepPlaceUntil));
  const qr = `/api/halls/${encodeURIComponent(hall)}/remote-tickets/${encodeURIComponent(code)}/qr.svg`;
  if ($('remote-qr').getAttribute('src') !== qr) $('remote-qr').src = qr;
  $('remote-qr').alt = remote.checkInCode;
}

/** A ticket taken by phone: its place, lapse time and check-in code come from the remote view. */
async function askRemote(view) {
  if (!REMOTE_STATES.includes(view.status)) return;
  try {
    const response = await fetch(`/api/halls/${encodeURIComponent(hall)}/remote-tickets/${encodeURIComponent(code)}`,
      { headers: { Accept: 'application/json' }, cache: 'no-store' });
    if (!response.ok) return;
    remote = await response.json();
    if (view.status === 'AWAITING_ARRIVAL') {
      localStorage.setItem('ow-remote-ticket', JSON.stringify({ hall, code }));
    }
    if (last) render(last);
  } catch (e) {
    // The tracking view is shown meanwhile; the next update asks again.
  }
}

function render(view) {
  const status = statusOf(view);
  $('area').textContent = view.areaName;
  $('number').textContent = view.number;
  $('status').textContent = t(`status${status}`);
  document.body.dataset.status = status;
  const called = view.status === 'CALLED';
  show('called', called);
  if (called) {
    $('called-window').textContent = t('goTo', view.windowNo);
    $('called-note').textContent = view.recalls > 0 ? t('recalled', view.recalls) : t('calledNote', view.number, view.windowNo);
  }
  show('wait', view.status === 'WAITING');
  $('ahead').textContent = t('people', view.peopleAhead);
  $('estimate').textContent = waitText(view);
  const why = explanation(view);
  $('explain').textContent = why;
  show('explain', why !== '');
  show('rate', Boolean(view.ratingUrl));
  if (view.ratingUrl) $('rate').href = view.ratingUrl;
  show('sound', view.status === 'WAITING' || called);
  $('sound').textContent = soundEnabled() ? t('soundReady') : t('soundOn');
  $('sound').disabled = soundEnabled();
  renderNotice({ ...view, status });
  renderItem();
  renderRemote(status);
  show('take-link', ['DONE', 'NO_SHOW', 'LAPSED'].includes(status));
}

/** What to bring matters until the service is done. */
function renderItem() {
  show('materials', item !== null && (!last || last.status !== 'DONE'));
  if (!item) return;
  $('item-name').textContent = item.name;
  $('material-list').replaceChildren(...item.materials.map((m) => {
    const li = document.createElement('li');
    const kind = t('copies', m.original ? t('original') : t('copy'), m.copies);
    li.textContent = `${m.name}（${kind}${m.mayBeMissing ? `，${t('mayBeMissing')}` : ''}）`;
    return li;
  }));
}

async function askItem(view) {
  if (itemAsked || !view.itemCode) return;
  itemAsked = true;
  try {
    const response = await fetch(`${api}/item`, { headers: { Accept: 'application/json' } });
    if (response.ok) {
      item = await response.json();
      renderItem();
    }
  } catch (e) {
    itemAsked = false;
  }
}

/** A new call or a recall of this ticket, not the same call seen again. */
function newlyCalled(view) {
  return view.status === 'CALLED'
    && (!last || last.status !== 'CALLED' || last.recalls !== view.recalls || last.calledAt !== view.calledAt);
}

function onView(view) {
  if (newlyCalled(view)) alertCalled();
  last = view;
  render(view);
  askItem(view);
  askRemote(view);
  $('link').dataset.updated = new Date().toLocaleTimeString();
}

function onGone() {
  document.body.dataset.status = 'GONE';
  $('number').textContent = '';
  $('status').textContent = t('gone');
  $('explain').textContent = t('goneNote');
  ['called', 'wait', 'rate', 'sound', 'materials', 'notice', 'remote'].forEach((id) => show(id, false));
  show('explain', true);
  show('take-link', true);
}

function onLink(state) {
  $('link').dataset.state = state;
  $('link').textContent = t(state);
}

function applyLarge(large) {
  document.documentElement.classList.toggle('large', large);
  $('large').setAttribute('aria-pressed', String(large));
}

applyTexts();
$('take-link').href = `/t/${encodeURIComponent(hall)}/take`;
applyLarge(localStorage.getItem('ow-phone-large') === '1');
$('large').addEventListener('click', () => {
  const large = !document.documentElement.classList.contains('large');
  localStorage.setItem('ow-phone-large', large ? '1' : '0');
  applyLarge(large);
});
$('language').addEventListener('click', () => {
  toggleLanguage();
  if (document.body.dataset.status === 'GONE') onGone();
  else if (last) render(last);
  if ($('link').dataset.state) onLink($('link').dataset.state);
});
$('sound').addEventListener('click', () => {
  if (enableSound() && last) render(last);
});
setupNotices(api);
follow(api, { onView, onGone, onLink, ended: (v) => ['DONE', 'NO_SHOW', 'LAPSED'].includes(v.status) });
