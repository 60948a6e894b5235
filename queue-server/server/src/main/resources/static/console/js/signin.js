// The sign-in page: one form for clerks, guides and managers, then on to the console the account is for
// (or back to the page that sent the user here).

import { api, currentSession } from './api.js';
import { $, } from './dom.js';
import { applyTexts, t, toggleLanguage } from './i18n.js';

function consoleFor(session) {
  const next = new URLSearchParams(location.search).get('next');
  if (next && next.startsWith('/console/') && !next.startsWith('//')) {
    return next;
  }
  if (session.roles.includes('GUIDE')) {
    return '/console/desk.html';
  }
  const clerk = session.roles.includes('CLERK');
  const manager = session.roles.includes('MANAGER');
  if (clerk && manager) {
    return null;
  }
  return manager ? '/console/manager.html' : '/console/clerk.html';
}

function go(session) {
  const target = consoleFor(session);
  if (target) {
    location.href = target;
    return;
  }
  $('#signin-form').hidden = true;
  $('#choose').hidden = false;
}

async function signIn(event) {
  event.preventDefault();
  const error = $('#signin-error');
  error.hidden = true;
  $('#signin-button').disabled = true;
  try {
    const session = await api('POST', '/api/session', {
      username: $('#username').value.trim(),
      password: $('#password').value,
    });
    go(session);
  } catch (e) {
    error.textContent = e.status === 429 ? t('tooMany') : e.status === 401 ? t('badCredentials') : e.message;
    error.hidden = false;
    $('#password').select();
  } finally {
    $('#signin-button').disabled = false;
  }
}

applyTexts();
$('#signin-form').addEventListener('submit', signIn);
$('#language').addEventListener('click', toggleLanguage);
// Already signed in (a reload, a second tab): straight on. This call also sets the XSRF cookie.
currentSession().then((session) => { if (session) go(session); }).catch(() => {});
