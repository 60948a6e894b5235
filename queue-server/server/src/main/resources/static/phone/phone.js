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

function render(view) {
  $('area').textContent = view.areaName;
  $('number').textContent = view.number;
  $('status').textContent = t(`status${view.status}`);
  document.body.dataset.status = view.status;
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
  renderNotice(view);
  renderItem();
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
  $('link').dataset.updated = new Date().toLocaleTimeString();
}

function onGone() {
  document.body.dataset.status = 'GONE';
  $('number').textContent = '';
  $('status').textContent = t('gone');
  $('explain').textContent = t('goneNote');
  ['called', 'wait', 'rate', 'sound', 'materials', 'notice'].forEach((id) => show(id, false));
  show('explain', true);
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
follow(api, { onView, onGone, onLink, ended: (v) => v.status === 'DONE' || v.status === 'NO_SHOW' });
