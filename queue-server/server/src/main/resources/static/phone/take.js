// The take page (/t/{hall}/take): the areas that offer tickets by phone, their queues, and one tap
// to take a ticket for today. The ticket then waits for its check-in at the hall (its own page).

import { applyTexts, language, t, toggleLanguage } from './words.js';
import { clientToken, heldTicket, rememberTicket } from './remote-store.js';

const [, , hall] = location.pathname.split('/').map(decodeURIComponent);
const api = `/api/halls/${encodeURIComponent(hall)}/remote-tickets`;
const $ = (id) => document.getElementById(id);
let offer = null;
let held = null;

const pagePath = (code) => `/t/${encodeURIComponent(hall)}/${encodeURIComponent(code)}`;
/** A time as the hall's clocks show it, wherever the phone is. */
const clockText = (instant) => new Date(instant).toLocaleTimeString('zh-CN',
  { hour: '2-digit', minute: '2-digit', hour12: false, timeZone: offer.timeZone });

function say(text) {
  $('message').textContent = text;
  $('message').hidden = !text;
}

function minutesText(seconds) {
  if (seconds === null || seconds === undefined) return t('noWindowOpen');
  const minutes = Math.ceil(seconds / 60);
  return minutes < 1 ? t('soon') : t('minutes', minutes);
}

function render() {
  if (!offer) return;
  $('hall-name').textContent = language() === 'en' ? offer.hallNameEn || offer.hallName : offer.hallName;
  const closed = !offer.open;
  $('closed').textContent = offer.lapseAt ? t('takeClosed', clockText(offer.lapseAt)) : t('takeClosedDay');
  $('closed').hidden = !closed;
  $('held').hidden = !held;
  if (held) {
    $('held-text').textContent = t('takeHeld', held.number);
    $('held-link').href = pagePath(held.code);
  }
  if (offer.areas.length === 0) say(t('takeNoAreas'));
  $('offers').replaceChildren(...offer.areas.map((a) => {
    const li = document.createElement('li');
    li.className = 'card offer';
    li.dataset.area = a.areaId;
    const text = document.createElement('div');
    text.className = 'offer-text';
    const name = document.createElement('p');
    name.className = 'offer-name';
    name.textContent = language() === 'en' ? a.nameEn || a.name : a.name;
    const meta = document.createElement('p');
    meta.className = 'offer-meta';
    meta.textContent = `${t('takeWaiting', a.waiting)} · ${minutesText(a.estimatedWaitSeconds)} · `
      + (a.remaining > 0 ? t('takeLeft', a.remaining) : t('takeNone'));
    text.append(name, meta);
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'button take-button';
    button.textContent = t('takeButton');
    button.disabled = closed || a.remaining === 0 || Boolean(held);
    button.addEventListener('click', () => take(a.areaId, button));
    li.append(text, button);
    return li;
  }));
}

/** The same request id on every retry of one tap, so a lost answer never takes two tickets. */
function requestIdFor(area) {
  const key = `ow-remote-request-${hall}-${area}`;
  let id = sessionStorage.getItem(key);
  if (!id) {
    id = `phone-${clientToken().slice(0, 8)}-${Date.now().toString(36)}`;
    sessionStorage.setItem(key, id);
  }
  return id;
}

async function take(area, button) {
  button.disabled = true;
  say('');
  try {
    const response = await fetch(api, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify({ requestId: requestIdFor(area), areaId: area, clientToken: clientToken() }),
    });
    const body = await response.json().catch(() => ({}));
    if (response.ok) {
      sessionStorage.removeItem(`ow-remote-request-${hall}-${area}`);
      rememberTicket(hall, body.ticket.trackingCode);
      location.assign(pagePath(body.ticket.trackingCode));
      return;
    }
    say(t(`err${body.code}`) !== `err${body.code}` ? t(`err${body.code}`) : body.message || t('takeFailed'));
  } catch (e) {
    say(t('takeFailed'));
  }
  button.disabled = false;
}

async function load() {
  const mine = heldTicket(hall);
  if (mine) {
    const response = await fetch(`${api}/${encodeURIComponent(mine.code)}`, { headers: { Accept: 'application/json' } })
      .catch(() => null);
    const view = response && response.ok ? await response.json() : null;
    held = view && ['AWAITING_ARRIVAL', 'WAITING', 'CALLED'].includes(view.ticket.status)
      ? { code: mine.code, number: view.ticket.number } : null;
  }
  try {
    const response = await fetch(api, { headers: { Accept: 'application/json' }, cache: 'no-store' });
    if (!response.ok) throw new Error(String(response.status));
    offer = await response.json();
    render();
  } catch (e) {
    say(t('takeFailed'));
  }
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
  render();
});
load();
