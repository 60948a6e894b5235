// Device faults nobody has acknowledged yet, above every tab of every open manager console. One
// manager's acknowledgement clears it for all (ADR 0013); the fault stays on the devices tab
// until the device reports the part well again, and a new fault raises a new alert.

import { api } from './api.js';
import { clock, el, replace, toast } from './dom.js';
import { t } from './i18n.js';
import { describe } from './device-words.js';

export async function renderAlerts(base, box, onChange) {
  const raised = (await api('GET', `${base}/devices/alerts`)).filter((a) => !a.acknowledgedBy);
  replace(box, raised.map((a) => alertLine(base, a, onChange)));
  box.dataset.count = String(raised.length);
  box.hidden = raised.length === 0;
}

function alertLine(base, a, onChange) {
  const words = describe({ name: a.part, code: a.code, detail: a.detail, state: 'FAULT' });
  return el('div', { class: 'device-alert', id: `alert-${a.id}`, 'data-device': a.deviceId, 'data-part': a.part },
    el('strong', { text: t('alertTitle') }),
    el('span', { class: 'alert-what', text: `${a.kind ? t(`kind${a.kind}`) : ''} ${a.deviceId} · ${words.part}` }),
    el('span', { class: 'alert-text', title: words.described ? a.detail : '', text: words.text },
      words.detail ? el('small', { text: words.detail }) : null),
    el('span', { class: 'alert-since', text: t('alertSince', clock(a.since)) }),
    el('button', {
      type: 'button', class: 'acknowledge',
      onclick: async () => {
        try {
          await api('POST', `${base}/devices/alerts/${encodeURIComponent(a.id)}/acknowledge`);
        } catch (e) {
          toast(e.message, 'error');
        }
        await onChange();
      },
    }, t('acknowledge')));
}
