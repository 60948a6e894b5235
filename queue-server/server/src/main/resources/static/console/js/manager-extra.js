// Devices and statistics tabs of the manager's console.

import { api } from './api.js';
import { clock, el, minutes, replace } from './dom.js';
import { t } from './i18n.js';
import { hourlyChart, ratingsChart } from './charts.js';
import { describe } from './device-words.js';
import { staffName } from './staff.js';

export async function renderDevices(base, box) {
  const [devices, alerts] = await Promise.all([api('GET', `${base}/devices`), api('GET', `${base}/devices/alerts`)]);
  if (!devices.length) {
    replace(box, el('p', { class: 'empty', text: t('noDevices') }));
    return;
  }
  const alertOf = (d, c) => alerts.find((a) => a.deviceId === d.deviceId && a.part === c.name);
  replace(box, el('table', { class: 'grid', id: 'devices-table' },
    el('thead', {}, el('tr', {}, ['device', 'kind', 'status', 'health', 'lastHeard'].map((k) => el('th', { text: t(k) })))),
    el('tbody', {}, devices.map((d) => el('tr', { id: `device-${d.deviceId}`, class: !d.online || d.worstHealth !== 'OK' ? 'alert' : '' },
      el('td', { text: d.deviceId }),
      el('td', { text: d.kind ? t(`kind${d.kind}`) : '—' }),
      el('td', { text: d.online ? t('online') : t('offlineState') }),
      el('td', {}, healthOf(d, alertOf)),
      el('td', { text: d.lastHeard ? new Date(d.lastHeard).toLocaleString('zh-CN', { hourCycle: 'h23' }) : '—' }))))));
}

function healthOf(d, alertOf) {
  const troubled = (d.health || []).filter((c) => c.state !== 'OK');
  if (!troubled.length) {
    return el('span', { text: t('healthOK') });
  }
  return troubled.map((c) => {
    const words = describe(c);
    const alert = alertOf(d, c);
    return el('div', { class: `part part-${c.state}`, 'data-part': c.name, title: words.described ? c.detail : '' },
      `${words.part}：${words.text}`,
      words.detail ? el('small', { text: words.detail }) : null,
      alert && alert.acknowledgedBy
        ? el('small', { class: 'acknowledged', text: t('acknowledgedBy', staffName(alert.acknowledgedBy), clock(alert.acknowledgedAt)) })
        : null);
  });
}

let chosenDate = '';

export async function renderStats(base, box) {
  const query = chosenDate ? `?date=${chosenDate}` : '';
  const day = await api('GET', `${base}/statistics${query}`);
  chosenDate = day.date;
  const picker = el('input', { type: 'date', id: 'stats-date', value: day.date, max: new Date().toISOString().slice(0, 10) });
  picker.addEventListener('change', () => {
    chosenDate = picker.value;
    renderStats(base, box).catch(() => {});
  });
  const f = day.total;
  const rated = Object.values(f.ratings).reduce((s, n) => s + n, 0);
  const satisfied = rated ? Math.round(((f.ratings.VERY_SATISFIED + f.ratings.SATISFIED + f.ratings.BASIC) / rated) * 100) : null;
  const figure = (label, value, id) => el('div', { class: 'figure', id }, el('strong', { text: value }), el('span', { text: label }));
  replace(box,
    el('div', { class: 'row stats-tools' },
      el('label', {}, el('span', { text: t('date') }), picker),
      el('a', { class: 'button', id: 'stats-csv', href: `${base}/statistics.csv?date=${day.date}`, download: '' }, t('exportCsv'))),
    el('div', { class: 'figures' },
      figure(t('statIssued'), f.issued, 'stat-issued'),
      figure(t('statDone'), f.done, 'stat-done'),
      figure(t('statNoShow'), f.noShow, 'stat-no-show'),
      figure(t('statTransferred'), f.transferred, 'stat-transferred'),
      figure(t('statComprehensive'), f.comprehensivePercent === null ? '—' : `${f.comprehensivePercent}%`, 'stat-comprehensive'),
      figure(t('statWait'), `${minutes(f.waitP50Seconds, t)} / ${minutes(f.waitP90Seconds, t)}`, 'stat-wait'),
      figure(t('statService'), `${minutes(f.serviceP50Seconds, t)} / ${minutes(f.serviceP90Seconds, t)}`, 'stat-service'),
      figure(t('statSatisfied'), satisfied === null ? '—' : `${satisfied}%`, 'stat-satisfied')),
    hourlyChart(day.hours, day.areas.filter((a) => a.figures.issued > 0), t('statByHour')),
    ratingsChart(f.ratings, (level) => t(`level${level}`), t('statRatings')),
    el('table', { class: 'grid', id: 'stats-table' },
      el('thead', {}, el('tr', {}, ['area', 'statIssued', 'statDone', 'statNoShow', 'statTransferred', 'statWait', 'statService', 'statSatisfied']
        .map((k) => el('th', { text: t(k) })))),
      el('tbody', {}, [...day.areas.filter((a) => a.figures.issued > 0), { areaId: 'total', name: t('total'), figures: f }].map((a) => {
        const r = a.figures.ratings;
        const n = Object.values(r).reduce((s, x) => s + x, 0);
        return el('tr', { id: `stats-${a.areaId}` },
          el('td', { text: a.name }),
          el('td', { class: 'num', text: a.figures.issued }),
          el('td', { class: 'num', text: a.figures.done }),
          el('td', { class: 'num', text: a.figures.noShow }),
          el('td', { class: 'num', text: a.figures.transferred }),
          el('td', { class: 'num', text: `${minutes(a.figures.waitP50Seconds, t)} / ${minutes(a.figures.waitP90Seconds, t)}` }),
          el('td', { class: 'num', text: `${minutes(a.figures.serviceP50Seconds, t)} / ${minutes(a.figures.serviceP90Seconds, t)}` }),
          el('td', { class: 'num', text: n ? `${Math.round(((r.VERY_SATISFIED + r.SATISFIED + r.BASIC) / n) * 100)}% (${n})` : '—' }));
      }))),
    el('p', { class: 'hint', text: t('statNote') }));
}
