// Taking a ticket for a citizen at the desk, with an ID document or without (the elderly citizen who
// came without a card), then on to the printable ticket. The ID number goes to the server once and
// is wiped from the form at once; the server keeps only a key derived from it.

import { api } from './api.js';
import { $, el } from './dom.js';
import { t } from './i18n.js';

let hall;

export function wireIssue(theHall, base) {
  hall = theHall;
  $('#issue-area').addEventListener('change', fillItems);
  $('#issue-with-id').addEventListener('change', () => { $('#issue-identity').hidden = !$('#issue-with-id').checked; });
  $('#issue-form').addEventListener('submit', (e) => { e.preventDefault(); issue(base); });
}

/** The areas in the hall's order, once; the waiting counts come with them on the board. */
export function fillAreas(board) {
  const select = $('#issue-area');
  if (select.options.length) return;
  board.areas.forEach((a) => select.append(el('option', { value: a.areaId, text: a.name })));
  fillItems();
}

function fillItems() {
  const area = $('#issue-area').value;
  const items = hall.items.filter((i) => i.areaId === area);
  $('#issue-item').replaceChildren(el('option', { value: '', text: t('anyItem') }),
    ...items.map((i) => el('option', { value: i.code, text: i.name })));
}

async function issue(base) {
  const error = $('#issue-error');
  error.hidden = true;
  const withId = $('#issue-with-id').checked;
  const idNumber = $('#issue-id-number').value.trim().toUpperCase();
  const name = $('#issue-name').value.trim();
  if (withId && (!idNumber || !name)) {
    error.textContent = t('needIdAndName');
    error.hidden = false;
    return;
  }
  const body = {
    requestId: crypto.randomUUID(),
    areaId: $('#issue-area').value,
    itemCode: $('#issue-item').value || null,
    identity: withId ? { idNumber, name } : null,
  };
  $('#issue-id-number').value = '';
  $('#issue-name').value = '';
  $('#issue-button').disabled = true;
  try {
    const tk = await api('POST', `${base()}/tickets`, body);
    // A person who already queues in the area keeps their ticket: the page says so, and prints it again.
    location.href = `desk-ticket.html?hall=${encodeURIComponent(hall.id)}&id=${encodeURIComponent(tk.ticketId)}`
      + (tk.existing ? '&existing=1' : '');
  } catch (e) {
    error.textContent = e.message;
    error.hidden = false;
  } finally {
    $('#issue-button').disabled = false;
  }
}
