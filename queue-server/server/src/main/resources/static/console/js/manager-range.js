// The statistics tab's period: figures over any days from the records, by area, item, window or
// clerk, with the same table as CSV and Excel files.

import { api } from './api.js';
import { el, minutes, replace } from './dom.js';
import { addTexts, t } from './i18n.js';
import { staffName } from './staff.js';

addTexts({
  zh: {
    rangeTitle: '时段统计', rangeFrom: '开始', rangeTo: '结束', rangeBy: '分组', rangeShow: '查询',
    rangeWeek: '本周', rangeMonth: '本月', rangeLastMonth: '上月', rangeExcel: '导出 Excel',
    rangeByarea: '功能区', rangeByitem: '事项', rangeBywindow: '窗口', rangeByclerk: '工作人员',
    rangeComprehensive: '一窗受理率', rangeGood: '好评率', rangeBad: '差评率', rangeFollowUps: '差评整改 按期/逾期',
    rangeCompliance: '按期整改率', rangeNone: '（未记录）', rangeDays: '{0} 至 {1}，共 {2} 天',
    rangeNote: '时段统计来自记录库（每日结束后写入），今天的数字见上方当日统计。',
  },
  en: {
    rangeTitle: 'Statistics over a period', rangeFrom: 'From', rangeTo: 'To', rangeBy: 'By', rangeShow: 'Show',
    rangeWeek: 'This week', rangeMonth: 'This month', rangeLastMonth: 'Last month', rangeExcel: 'Export Excel',
    rangeByarea: 'Area', rangeByitem: 'Item', rangeBywindow: 'Window', rangeByclerk: 'Clerk',
    rangeComprehensive: 'One-window rate', rangeGood: 'Good', rangeBad: 'Bad', rangeFollowUps: 'Follow-ups on time / overdue',
    rangeCompliance: 'On time', rangeNone: '(none recorded)', rangeDays: '{0} to {1}, {2} days',
    rangeNote: 'Periods are read from the records (written as each day ends); today is in the day\'s statistics above.',
  },
});

const GROUPINGS = ['area', 'item', 'window', 'clerk'];
const chosen = { from: '', to: '', by: 'area' };

/** A date as yyyy-MM-dd in the browser's own time zone (the hall's, at the hall). */
function day(d) {
  const pad = (n) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

function quickPicks(today) {
  const monday = new Date(today);
  monday.setDate(today.getDate() - ((today.getDay() + 6) % 7));
  return {
    week: [day(monday), day(today)],
    month: [day(new Date(today.getFullYear(), today.getMonth(), 1)), day(today)],
    lastMonth: [day(new Date(today.getFullYear(), today.getMonth() - 1, 1)), day(new Date(today.getFullYear(), today.getMonth(), 0))],
  };
}

const percent = (p) => (p === null || p === undefined ? '—' : `${p}%`);

export async function renderRange(base, box) {
  const picks = quickPicks(new Date());
  if (!chosen.from) [chosen.from, chosen.to] = picks.month;
  const from = el('input', { type: 'date', id: 'range-from', value: chosen.from });
  const to = el('input', { type: 'date', id: 'range-to', value: chosen.to });
  const by = el('select', { id: 'range-by' }, GROUPINGS.map((g) => el('option', { value: g, text: t(`rangeBy${g}`) })));
  by.value = chosen.by;
  const query = () => `?from=${chosen.from}&to=${chosen.to}&by=${chosen.by}`;
  const show = () => {
    chosen.from = from.value;
    chosen.to = to.value;
    chosen.by = by.value;
    renderRange(base, box).catch(() => {});
  };
  const pick = (id, key, [a, b]) => {
    const button = el('button', { type: 'button', id, class: 'secondary' }, t(key));
    button.addEventListener('click', () => {
      from.value = a;
      to.value = b;
      show();
    });
    return button;
  };
  const showButton = el('button', { type: 'button', id: 'range-show' }, t('rangeShow'));
  showButton.addEventListener('click', show);
  by.addEventListener('change', show);
  const tools = el('div', { class: 'row stats-tools' },
    el('label', {}, el('span', { text: t('rangeFrom') }), from),
    el('label', {}, el('span', { text: t('rangeTo') }), to),
    pick('range-week', 'rangeWeek', picks.week), pick('range-month', 'rangeMonth', picks.month),
    pick('range-last-month', 'rangeLastMonth', picks.lastMonth),
    el('label', {}, el('span', { text: t('rangeBy') }), by), showButton,
    el('a', { class: 'button', id: 'range-csv', href: `${base}/statistics/range.csv${query()}`, download: '' }, t('exportCsv')),
    el('a', { class: 'button', id: 'range-xlsx', href: `${base}/statistics/range.xlsx${query()}`, download: '' }, t('rangeExcel')));

  let s;
  try {
    s = await api('GET', `${base}/statistics/range${query()}`);
  } catch (e) {
    replace(box, tools, el('p', { class: 'error', id: 'range-error', text: e.message || String(e) }));
    return;
  }
  const cells = (f) => [
    f.tickets, f.served, f.noShows, f.transferred, percent(f.comprehensivePercent),
    `${minutes(f.waitP50Seconds, t)} / ${minutes(f.waitP90Seconds, t)}`,
    `${minutes(f.serviceP50Seconds, t)} / ${minutes(f.serviceP90Seconds, t)}`,
    f.rated ? `${percent(f.goodPercent)} (${f.rated})` : '—', f.rated ? percent(f.badPercent) : '—',
    `${f.resolvedOnTime} / ${f.overdue}`, percent(f.followUpCompliancePercent)];
  // Clerks by the names staff know each other by; the files keep the sign-in name as the key.
  const label = (g) => (s.by === 'clerk' ? staffName(g.key) : g.name) || t('rangeNone');
  const rows = [...s.groups.map((g) => ({ id: `range-row-${g.key || 'none'}`, name: label(g), f: g.figures })),
    { id: 'range-row-total', name: t('total'), f: s.total }];
  replace(box, tools,
    el('p', { class: 'hint', id: 'range-days', text: t('rangeDays', s.from, s.to, s.days) }),
    el('table', { class: 'grid', id: 'range-table' },
      el('thead', {}, el('tr', {}, [`rangeBy${s.by}`, 'statIssued', 'statDone', 'statNoShow', 'statTransferred',
        'rangeComprehensive', 'statWait', 'statService', 'rangeGood', 'rangeBad', 'rangeFollowUps', 'rangeCompliance']
        .map((k) => el('th', { text: t(k) })))),
      el('tbody', {}, rows.map((r) => el('tr', { id: r.id },
        el('td', { text: r.name }), ...cells(r.f).map((c) => el('td', { class: 'num', text: String(c) })))))),
    el('p', { class: 'hint', text: t('rangeNote') }));
}
