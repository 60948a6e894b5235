// The manager's accounts tab: staff accounts (create, disable and enable, reset a password, name,
// allowed windows and scope) and registered devices (register, disable and enable, replace the token).
// A password or token the server makes is shown once, in a box the manager closes; it is never
// kept in the page afterwards.

import './accounts-texts.js';
import { api } from './api.js';
import { $, el, replace, toast } from './dom.js';
import { t } from './i18n.js';

const STAFF = '/api/accounts/staff';
const DEVICES = '/api/accounts/devices';
const ROLES = ['CLERK', 'GUIDE', 'MANAGER'];
const KINDS = ['KIOSK', 'BOARD', 'WINDOW_SCREEN', 'EVALUATOR', 'TERMINAL'];

function when(iso) {
  return iso ? new Date(iso).toLocaleString('zh-CN', { hourCycle: 'h23' }) : t('never');
}

function windowsOf(text) {
  return text.split(/[,，\s]+/).map((w) => w.trim()).filter(Boolean);
}

/** A scope as typed: six-digit division codes are regions, anything else a hall id. */
function scopeOf(text) {
  const parts = windowsOf(text);
  return { halls: parts.filter((p) => !/^[0-9]{6}$/.test(p)), regions: parts.filter((p) => /^[0-9]{6}$/.test(p)) };
}

function scopeText(scope) {
  return [...scope.regions, ...scope.halls].join(',');
}

function showSecret(label, secret) {
  const box = $('#one-time-secret');
  replace(box, el('h3', { text: t('secretTitle') }), el('p', { text: label }),
    el('code', { id: 'one-time-value', text: secret }),
    el('button', { type: 'button', id: 'secret-dismiss', onclick: () => { box.hidden = true; box.replaceChildren(); } }, t('dismiss')));
  box.hidden = false;
  // The box stands above both lists: bring it into view wherever the manager clicked.
  box.scrollIntoView({ block: 'start' });
}

function byWhom(name) {
  return name === 'seed' ? t('bySeed') : name;
}

async function act(work, refresh) {
  try {
    await work();
    toast(t('saved'));
  } catch (e) {
    toast(e.message, 'error');
  }
  await refresh();
}

/** Fills the two forms once: they live outside the lists, so live re-renders never touch what is typed. */
export function setUpAccountForms(hall, refresh) {
  const roleBoxes = $('#new-account-roles');
  replace(roleBoxes, ROLES.map((r) => el('label', { class: 'role-choice' },
    el('input', { type: 'checkbox', value: r, checked: r === 'CLERK' }), ` ${t(`role${r}`)}`)));
  $('#new-device-kind').replaceChildren(...KINDS.map((k) => el('option', { value: k }, t(`kind${k}`))));
  $('#new-account-form').addEventListener('submit', async (e) => {
    e.preventDefault();
    const roles = [...roleBoxes.querySelectorAll('input:checked')].map((i) => i.value);
    if (!roles.length) {
      toast(t('chooseRole'), 'error');
      return;
    }
    await act(async () => {
      const password = $('#new-account-password').value;
      const created = await api('POST', STAFF, {
        username: $('#new-account-username').value.trim(), displayName: $('#new-account-name').value.trim(), roles,
        allowedHalls: [], allowedWindows: windowsOf($('#new-account-windows').value),
        scope: scopeOf($('#new-account-scope').value), password: password || null,
      });
      const ownScope = $('#new-account-scope').defaultValue;
      e.target.reset();
      $('#new-account-scope').value = ownScope;
      replace(roleBoxes, ROLES.map((r) => el('label', { class: 'role-choice' },
        el('input', { type: 'checkbox', value: r, checked: r === 'CLERK' }), ` ${t(`role${r}`)}`)));
      if (created.password) showSecret(t('passwordFor', created.account.username), created.password);
    }, refresh);
  });
  $('#new-device-form').addEventListener('submit', async (e) => {
    e.preventDefault();
    await act(async () => {
      const registered = await api('POST', DEVICES, {
        id: $('#new-device-id').value.trim(), kind: $('#new-device-kind').value, hall: hall.id,
        window: $('#new-device-window').value.trim() || null,
      });
      e.target.reset();
      showSecret(t('tokenFor', registered.device.id), registered.token);
    }, refresh);
  });
}

/** A scoped manager's new accounts start with the manager's own scope: the widest they may grant. */
function offerOwnScope(accounts, username) {
  const own = accounts.find((a) => a.username === username);
  const field = $('#new-account-scope');
  if (own && !field.defaultValue && !field.value) {
    field.defaultValue = scopeText(own.scope);
    field.value = field.defaultValue;
  }
}

export async function renderAccounts(staffBox, devicesBox, refresh, username) {
  const [accounts, devices] = await Promise.all([api('GET', STAFF), api('GET', DEVICES)]);
  offerOwnScope(accounts, username);
  replace(staffBox, el('table', { class: 'grid', id: 'accounts-table' },
    el('thead', {}, el('tr', {}, ['accountUsername', 'displayName', 'roles', 'allowedWindows', 'scope', 'accountState', 'changedAt', 'action']
      .map((k) => el('th', { text: t(k) })))),
    el('tbody', {}, accounts.map((a) => accountRow(a, refresh)))));
  replace(devicesBox, el('table', { class: 'grid', id: 'registered-devices-table' },
    el('thead', {}, el('tr', {}, ['deviceId', 'deviceKind', 'windows', 'accountState', 'rotatedAt', 'action']
      .map((k) => el('th', { text: t(k) })))),
    el('tbody', {}, devices.map((d) => deviceRow(d, refresh)))));
}

function accountRow(a, refresh) {
  const path = `${STAFF}/${encodeURIComponent(a.username)}`;
  const name = el('input', { type: 'text', class: 'account-name', value: a.displayName, maxlength: 40 });
  const windows = el('input', { type: 'text', class: 'account-windows', value: a.allowedWindows.join(','),
    placeholder: t('anyWindow'), title: t('allowedWindowsHint') });
  const scope = el('input', { type: 'text', class: 'account-scope', value: scopeText(a.scope),
    placeholder: t('everyHall'), title: t('scopeHint') });
  const save = () => act(() => api('PUT', path, { displayName: name.value.trim(), allowedHalls: a.allowedHalls,
    allowedWindows: windowsOf(windows.value), scope: scopeOf(scope.value) }).then(() => {
    name.defaultValue = name.value;
    windows.defaultValue = windows.value;
    scope.defaultValue = scope.value;
  }), refresh);
  const toggle = a.disabled
    ? el('button', { type: 'button', class: 'enable', onclick: () => act(() => api('POST', `${path}/enable`), refresh) }, t('enable'))
    : el('button', { type: 'button', class: 'disable danger', onclick: () => {
      if (window.confirm(t('confirmDisable'))) act(() => api('POST', `${path}/disable`), refresh);
    } }, t('disable'));
  const reset = el('button', { type: 'button', class: 'reset-password', onclick: () => act(async () => {
    const answer = await api('POST', `${path}/password`);
    showSecret(t('passwordFor', a.username), answer.password);
  }, refresh) }, t('resetPassword'));
  return el('tr', { id: `account-${a.username}`, class: a.disabled ? 'muted' : '' },
    el('td', { text: a.username }), el('td', {}, name),
    el('td', { text: a.roles.map((r) => t(`role${r}`)).join('、') }), el('td', {}, windows), el('td', {}, scope),
    el('td', { class: 'account-state', text: a.disabled ? t('disabledState') : t('enabled') }),
    el('td', { text: `${when(a.changedAt)} ${byWhom(a.changedBy)}` }),
    el('td', {}, el('div', { class: 'row' },
      el('button', { type: 'button', class: 'save-account', onclick: save }, t('rename')), reset, toggle)));
}

function deviceRow(d, refresh) {
  const path = `${DEVICES}/${encodeURIComponent(d.id)}`;
  const toggle = d.disabled
    ? el('button', { type: 'button', class: 'enable', onclick: () => act(() => api('POST', `${path}/enable`), refresh) }, t('enable'))
    : el('button', { type: 'button', class: 'disable danger', onclick: () => act(() => api('POST', `${path}/disable`), refresh) }, t('disable'));
  const rotate = el('button', { type: 'button', class: 'rotate-token', onclick: () => {
    if (!window.confirm(t('confirmRotate'))) return;
    act(async () => {
      const answer = await api('POST', `${path}/rotate-token`);
      showSecret(t('tokenFor', d.id), answer.token);
    }, refresh);
  } }, t('rotateToken'));
  return el('tr', { id: `registered-device-${d.id}`, class: d.disabled ? 'muted' : '' },
    el('td', { text: d.id }), el('td', { text: t(`kind${d.kind}`) }), el('td', { text: d.window || '—' }),
    el('td', { class: 'device-state', text: d.disabled ? t('disabledState') : t('enabled') }),
    el('td', { text: when(d.rotatedAt) }),
    el('td', {}, el('div', { class: 'row' }, rotate, toggle)));
}
