// The screen at the hall's entrance (入口签到码): a QR code that changes every 30 seconds, signed by
// the server, which a phone holding a remote ticket scans to check in. A photo of it is soon
// worthless, so only a phone in the hall checks in. Shown by a guide or the manager, signed in.

import { api, currentSession, signInAgain } from './api.js';

const params = new URLSearchParams(location.search);
const $ = (id) => document.getElementById(id);
let hallId = null;

async function show() {
  try {
    const code = await api('GET', `/api/halls/${encodeURIComponent(hallId)}/entrance-code`);
    $('entrance-qr').src = `/api/halls/${encodeURIComponent(hallId)}/entrance-code/qr.svg?slot=${encodeURIComponent(code.token)}`;
    $('entrance-qr').dataset.url = code.url;
    $('entrance-state').textContent = '';
    // A moment past the change, so the server has moved on to the next slot.
    const wait = Math.max(1000, new Date(code.changesAt).getTime() - Date.now() + 500);
    setTimeout(show, Math.min(wait, 30500));
  } catch (e) {
    if (e.status === 401) {
      signInAgain();
      return;
    }
    $('entrance-state').textContent = '网络不通，稍后自动重试 · No connection, retrying';
    setTimeout(show, 5000);
  }
}

async function start() {
  const session = await currentSession();
  if (!session) {
    signInAgain();
    return;
  }
  if (!session.roles.includes('GUIDE') && !session.roles.includes('MANAGER')) {
    location.href = '/console/';
    return;
  }
  const halls = await api('GET', '/api/halls');
  const hall = halls.find((h) => h.id === params.get('hall')) || halls[0];
  hallId = hall.id;
  $('hall-name').textContent = hall.name;
  show();
}

start();
