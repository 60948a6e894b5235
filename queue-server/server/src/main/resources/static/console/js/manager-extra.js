// Devices and statistics tabs of the manager's console.

import { api } from './api.js';
import { el, replace } from './dom.js';
import { t } from './i18n.js';

export async function renderDevices(base, box) {
  try {
    const devices = await api('GET', `${base}/devices`);
    if (!devices.length) {
      replace(box, el('p', { class: 'empty', text: t('noDevices') }));
      return;
    }
    replace(box, el('table', { class: 'grid', id: 'devices-table' },
      el('thead', {}, el('tr', {}, ['device', 'kind', 'status', 'health', 'lastHeard'].map((k) => el('th', { text: t(k) })))),
      el('tbody', {}, devices.map((d) => el('tr', { id: `device-${d.deviceId}`, class: d.online ? '' : 'alert' },
        el('td', { text: d.deviceId }), el('td', { text: d.kind }),
        el('td', { text: d.online ? t('online') : t('offlineState') }),
        el('td', { text: (d.components || []).filter((c) => c.state !== 'OK').map((c) => `${c.name}: ${c.detail}`).join('；') || 'OK' }),
        el('td', { text: d.lastHeard ? new Date(d.lastHeard).toLocaleString() : '—' }))))));
  } catch (e) {
    replace(box, el('p', { class: 'empty', text: e.status === 404 ? t('notYet') : e.message }));
  }
}

export async function renderStats(base, box) {
  replace(box, el('p', { class: 'empty', text: t('notYet') }));
}
