// Where the entrance screen's QR code leads (/t/{hall}/arrive?e=…): checks in the remote ticket this
// browser took, with the code the screen showed, then opens the ticket's page.

import { applyTexts, t, toggleLanguage } from './words.js';
import { heldTicket } from './remote-store.js';

const [, , hall] = location.pathname.split('/').map(decodeURIComponent);
const token = new URLSearchParams(location.search).get('e') || '';
const $ = (id) => document.getElementById(id);
let shown = 'arriveWorking';

function say(key) {
  shown = key;
  $('message').textContent = t(key);
}

async function checkIn() {
  const held = heldTicket(hall);
  if (!held) {
    say('arriveNoTicket');
    $('take').href = `/t/${encodeURIComponent(hall)}/take`;
    $('take').hidden = false;
    return;
  }
  try {
    const response = await fetch(`/api/halls/${encodeURIComponent(hall)}/remote-tickets/${encodeURIComponent(held.code)}/check-in`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify({ entranceToken: token }),
    });
    if (response.ok) {
      location.replace(`/t/${encodeURIComponent(hall)}/${encodeURIComponent(held.code)}`);
      return;
    }
    const body = await response.json().catch(() => ({}));
    say(response.status === 404 ? 'errGONE' : body.code === 'LAPSED' ? 'errLAPSED' : 'errENTRANCE_CODE_INVALID');
  } catch (e) {
    say('takeFailed');
  }
}

applyTexts();
$('language').addEventListener('click', () => {
  toggleLanguage();
  say(shown);
});
checkIn();
