// The ticket the desk prints for a citizen: number, area, place, estimate and the QR code their
// phone follows the queue with (drawn by the server, as on the kiosk's ticket). Printed with the
// browser's print on the desk's printer.

import './desk-texts.js';
import { api, currentSession, signInAgain } from './api.js';
import { $, clock, minutes } from './dom.js';
import { applyTexts, t } from './i18n.js';

async function start() {
  applyTexts();
  if (!(await currentSession())) {
    signInAgain();
    return;
  }
  const params = new URLSearchParams(location.search);
  const hallId = params.get('hall');
  const id = params.get('id');
  const base = `/api/halls/${encodeURIComponent(hallId)}`;
  const [hall, tk] = await Promise.all([api('GET', base), api('GET', `${base}/tickets/${encodeURIComponent(id)}`)]);
  $('#back').href = `desk.html?hall=${encodeURIComponent(hallId)}`;
  $('#ticket-hall').textContent = hall.name;
  $('#ticket-area').textContent = tk.areaName;
  $('#ticket-number').textContent = tk.number;
  $('#ticket-ahead').textContent = t('peopleAheadTicket', tk.peopleAhead);
  $('#ticket-estimate').textContent = tk.noWindowOpen ? t('noWindowNow') : t('estimateTicket', minutes(tk.estimatedWaitSeconds, t));
  $('#ticket-issued').textContent = t('issuedAtTime', clock(tk.issuedAt));
  $('#ticket-qr').src = `${base}/tickets/${encodeURIComponent(id)}/qr.svg`;
  $('#ticket-qr').alt = tk.number;
  if (params.get('existing')) {
    $('#already').textContent = t('alreadyHolds', tk.number);
    $('#already').hidden = false;
  }
  $('#print').addEventListener('click', () => window.print());
  document.addEventListener('keydown', (e) => {
    if (e.key.toLowerCase() === 'p' && !e.ctrlKey && !e.metaKey) {
      e.preventDefault();
      window.print();
    }
  });
}

start();
