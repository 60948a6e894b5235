// Follow-up work the server gave up on (ADR 0019): opening a case, announcing a call... that failed
// five times for a reason that does not pass by itself. It waits here, in words, until a manager has
// the cause mended (a hall file, a broker account) and retries it; the devices tab shows a count.

import { api } from './api.js';
import { el, replace, toast } from './dom.js';
import { t } from './i18n.js';

// What the last retry of each item answered, kept across the live re-renders of the list.
const answers = new Map();

export async function renderParked(base, box, badge, onChange) {
  const parked = await api('GET', `${base}/devices/effects/parked`);
  badge.textContent = String(parked.length);
  badge.title = t('parkedCount', parked.length);
  badge.hidden = parked.length === 0;
  box.dataset.count = String(parked.length);
  if (!parked.length) {
    answers.clear();
    replace(box, el('p', { class: 'empty', id: 'parked-none', text: t('parkedNone') }));
    return;
  }
  replace(box, el('p', { class: 'hint', text: t('parkedHint') }), el('table', { class: 'grid', id: 'parked-table' },
    el('thead', {}, el('tr', {}, ['parkedWhat', 'parkedAt', 'parkedTries', 'parkedError', 'action'].map((k) => el('th', { text: t(k) })))),
    el('tbody', {}, parked.map((p) => row(base, p, onChange)))));
}

function row(base, p, onChange) {
  const error = reason(p.error);
  const answer = answers.get(p.id);
  return el('tr', { class: 'parked alert', 'data-id': p.id, 'data-group': p.group },
    el('td', { class: 'parked-what', text: what(p) }),
    el('td', { text: new Date(p.parkedAt).toLocaleString('zh-CN', { hourCycle: 'h23' }) }),
    el('td', { class: 'num', text: t('triedTimes', p.tries) }),
    el('td', { class: 'parked-error', title: p.error, text: error }),
    el('td', {},
      el('button', { type: 'button', class: 'retry', onclick: (e) => retry(base, p, e.currentTarget, onChange) }, t('retry')),
      answer ? el('small', { class: 'retry-answer', text: answer }) : null));
}

/** "开办件 A012", "叫号广播 A012 → 5 号窗口": what was not done, as the manager knows the hall. */
export function what(p) {
  const ticket = p.ticketNumber || '';
  const windowNo = p.windowNo ? t('window', p.windowNo) : '';
  const specific = t(`parked_${p.group}_${p.type}`, ticket, windowNo);
  if (specific !== `parked_${p.group}_${p.type}`) {
    return specific.trim();
  }
  const event = t(`event${p.type}`) === `event${p.type}` ? p.type : t(`event${p.type}`);
  return t(`parked_${p.group}`, event, [ticket, windowNo].filter(Boolean).join(' · ')).trim();
}

/** The failure without Java's class names, and short: the whole text stays in the cell's title. */
function reason(error) {
  const text = String(error || '').replace(/^([\w$]+\.)+([\w$]+)(: |$)/, (_, pkg, name, colon) => (colon ? '' : name)).trim();
  return text.length > 100 ? `${text.slice(0, 99)}…` : text;
}

async function retry(base, p, button, onChange) {
  button.disabled = true;
  try {
    await api('POST', `${base}/devices/effects/parked/${encodeURIComponent(p.id)}/retry`);
    answers.delete(p.id);
    toast(t('retryDone', what(p)));
  } catch (e) {
    const answer = e.code === 'EFFECT_FAILED'
      ? t('retryFailed', reason(e.message.replace(/^it failed again: /, '')))
      : e.message;
    answers.set(p.id, answer);
    toast(answer, 'error');
  }
  await onChange();
}
