// Near-turn texts (到号短信提醒, docs/notices.md): the citizen leaves a mobile number for this ticket
// and is texted when a few people are ahead and when called. The number is sent once and never kept
// in the page: what comes back, and what is shown, is the number masked.

import { t } from './words.js';

const $ = (id) => document.getElementById(id);
let done = null;

function say(error) {
  $('notice-error').textContent = error;
  $('notice-error').hidden = !error;
}

function showDone(view) {
  done = view;
  $('notice-form').hidden = Boolean(view);
  $('notice-done').hidden = !view;
  if (view) $('notice-text').textContent = t(view.family ? 'noticeSetFamily' : 'noticeSet', view.aheadAt, view.mobile);
}

/** The form is for a ticket still waiting; once it has left the queue nothing is left to tell. */
export function renderNotice(view) {
  // A ticket taken by phone may leave its number before the check-in; it is texted once it waits.
  $('notice').hidden = view.status !== 'WAITING' && view.status !== 'AWAITING_ARRIVAL';
  if (done) showDone(done);
}

export function setupNotices(api) {
  $('notice-form').addEventListener('submit', async (event) => {
    event.preventDefault();
    const mobile = $('notice-mobile').value.replace(/[\s-]/g, '');
    if (!/^1[3-9]\d{9}$/.test(mobile)) {
      say(t('noticeBadNumber'));
      return;
    }
    say('');
    $('notice-send').disabled = true;
    try {
      const response = await fetch(`${api}/notices`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
        body: JSON.stringify({ mobile, family: $('notice-family').checked }),
      });
      const body = await response.json();
      if (response.ok) {
        $('notice-mobile').value = '';
        showDone(body);
      } else {
        say(response.status === 400 ? t('noticeBadNumber') : response.status === 409 ? t('noticeLate') : body.message);
      }
    } catch (e) {
      say(t('noticeFailed'));
    } finally {
      $('notice-send').disabled = false;
    }
  });
  $('notice-cancel').addEventListener('click', async () => {
    try {
      await fetch(`${api}/notices`, { method: 'DELETE' });
      showDone(null);
      say(t('noticeCancelled'));
    } catch (e) {
      say(t('noticeFailed'));
    }
  });
}
