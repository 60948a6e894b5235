// The citizen's phone rating page, opened from the QR code of the window's evaluator. The token in
// the address is the only thing that allows rating this one service, once.

import { $, el, replace } from './dom.js';
import { applyTexts, t, toggleLanguage } from './i18n.js';

// Codes as the server knows them; their words come from i18n.js, as on the manager's console.
const LEVELS = ['VERY_SATISFIED', 'SATISFIED', 'BASIC', 'DISSATISFIED', 'VERY_DISSATISFIED'];
const REASONS = ['ATTITUDE', 'LONG_WAIT', 'SLOW', 'UNCLEAR_NOTICE', 'MORE_VISITS', 'OTHER'];
const BAD = ['DISSATISFIED', 'VERY_DISSATISFIED'];
const token = new URLSearchParams(location.search).get('t') || '';

function ticketNumber() {
  try {
    const id = atob(token.split('.')[2].replace(/-/g, '+').replace(/_/g, '/'));
    return id.split('-')[1] || '';
  } catch (e) {
    return '';
  }
}

function level() {
  const chosen = document.querySelector('input[name=level]:checked');
  return chosen ? chosen.value : '';
}

function sync() {
  $('#reasons-box').hidden = !BAD.includes(level());
}

async function submit(event) {
  event.preventDefault();
  const error = $('#rate-error');
  error.hidden = true;
  const chosen = level();
  const reasons = [...document.querySelectorAll('input[name=reason]:checked')].map((i) => i.value);
  const comment = $('#comment').value.trim();
  if (!chosen) return show(error, t('rateChoose'));
  if (BAD.includes(chosen) && !reasons.length) return show(error, t('rateNeedReason'));
  if (reasons.includes('OTHER') && !comment) return show(error, t('rateNeedComment'));
  $('#rate-submit').disabled = true;
  try {
    const response = await fetch('/api/ratings', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify({ token, level: chosen, reasons: BAD.includes(chosen) ? reasons : [], comment }),
    });
    const body = await response.json();
    if (response.ok) {
      done(t('rateThanks'));
    } else if (body.code === 'ALREADY_RATED') {
      done(t('rateAlready'));
    } else if (body.code === 'TOKEN_EXPIRED' || body.code === 'TOKEN_INVALID') {
      done(t(body.code === 'TOKEN_EXPIRED' ? 'rateExpired' : 'rateInvalid'));
    } else {
      show(error, body.message);
    }
  } catch (e) {
    show(error, t('rateNetwork'));
  } finally {
    $('#rate-submit').disabled = false;
  }
}

function show(node, text) {
  node.textContent = text;
  node.hidden = false;
}

function done(text) {
  $('#rate-form').hidden = true;
  show($('#rate-done'), text);
}

applyTexts();
$('#language').addEventListener('click', toggleLanguage);
const number = ticketNumber();
if (!number) {
  done(t('rateInvalid'));
} else {
  $('#rate-ticket').textContent = t('rateTicket', number);
  replace($('#levels'), LEVELS.map((l) => el('label', { class: `level level-${l}` },
    el('input', { type: 'radio', name: 'level', value: l, id: `level-${l}` }), el('span', { text: t(`level${l}`) }))));
  replace($('#reasons'), REASONS.map((r) => el('label', {},
    el('input', { type: 'checkbox', name: 'reason', value: r, id: `reason-${r}` }),
    el('span', { text: r === 'OTHER' ? t('rateReasonOther') : t(`reason${r}`) }))));
  $('#rate-form').addEventListener('change', sync);
  $('#rate-form').addEventListener('submit', submit);
}
