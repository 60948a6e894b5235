// The manager's region overview (地区概览): every hall of the manager's scope, by province, city
// and county, with its live figures and a link to the hall's own pages; and the hall picker that
// offers the halls of the scope only (the server lists no other).

import { api } from './api.js';
import { $, el, replace } from './dom.js';
import { addTexts, t } from './i18n.js';

addTexts({
  zh: {
    tabRegion: '地区概览', regionTitle: '辖区大厅', regionAll: '全部辖区', regionProvince: '省', regionCity: '市（州）',
    regionCounty: '县（区）', regionHall: '大厅', regionWaiting: '等候', regionServing: '办理中', regionOpen: '开放窗口',
    regionIssued: '今日取号', regionTotal: '合计', regionNone: '未设地区', regionNoHalls: '辖区内没有大厅',
    regionEverywhere: '全部大厅', hallPicker: '切换大厅',
  },
  en: {
    tabRegion: 'Region', regionTitle: 'Halls of your scope', regionAll: 'whole scope', regionProvince: 'Province',
    regionCity: 'City', regionCounty: 'County', regionHall: 'Hall', regionWaiting: 'Waiting', regionServing: 'Serving',
    regionOpen: 'Open windows', regionIssued: 'Issued today', regionTotal: 'Total', regionNone: 'no region',
    regionNoHalls: 'No hall in your scope', regionEverywhere: 'every hall', hallPicker: 'Switch hall',
  },
});

const chosen = { region: '' };

/** Fills the picker with the halls the server lists for this account; hidden when there is one. */
export function setUpHallPicker(halls, current) {
  const picker = $('#hall-picker');
  picker.replaceChildren(...halls.map((h) => el('option', { value: h.id, selected: h.id === current.id }, h.name)));
  picker.title = t('hallPicker');
  picker.hidden = halls.length < 2;
  // The picker names the hall shown; the title would say it twice.
  $('#hall-name').hidden = !picker.hidden;
  picker.addEventListener('change', () => {
    location.href = `/console/manager.html?hall=${encodeURIComponent(picker.value)}${location.hash}`;
  });
}

function name(d) {
  return d ? d.name : '—';
}

function figures(f) {
  return [f.waiting, f.serving, f.openWindows, f.issuedToday].map((n) => el('td', { class: 'num', text: n }));
}

/** The divisions some hall of the overview lies in, for the filter: provinces, then cities, then counties. */
function divisions(halls) {
  const seen = new Map();
  for (const level of ['province', 'city', 'county']) {
    halls.forEach((h) => { if (h[level] && !seen.has(h[level].code)) seen.set(h[level].code, h[level]); });
  }
  return [...seen.values()];
}

export async function renderRegion(box, refresh) {
  const all = await api('GET', '/api/overview');
  const overview = chosen.region ? await api('GET', `/api/overview?region=${encodeURIComponent(chosen.region)}`) : all;
  const filter = el('select', { id: 'region-filter', onchange: (e) => { chosen.region = e.target.value; refresh(); } },
    el('option', { value: '', selected: !chosen.region }, all.everywhere ? t('regionEverywhere') : t('regionAll')),
    divisions(all.halls).map((d) => el('option', { value: d.code, selected: d.code === chosen.region }, `${d.name} ${d.code}`)));
  const rows = overview.halls.map((h) => el('tr', { id: `region-hall-${h.hallId}` },
    el('td', { text: h.province ? name(h.province) : t('regionNone') }), el('td', { text: name(h.city) }),
    el('td', { text: name(h.county) }),
    el('td', {}, el('a', { href: `/console/manager.html?hall=${encodeURIComponent(h.hallId)}#hall`, text: h.name })),
    figures(h.figures)));
  replace(box, el('div', { class: 'row' }, filter),
    overview.halls.length ? el('table', { class: 'grid', id: 'region-table' },
      el('thead', {}, el('tr', {}, ['regionProvince', 'regionCity', 'regionCounty', 'regionHall', 'regionWaiting',
        'regionServing', 'regionOpen', 'regionIssued'].map((k) => el('th', { text: t(k) })))),
      el('tbody', {}, rows),
      el('tfoot', {}, el('tr', { id: 'region-total' }, el('td', { colspan: 4, text: t('regionTotal') }), figures(overview.totals))))
      : el('p', { class: 'empty', text: t('regionNoHalls') }));
}
