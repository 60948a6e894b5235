// Two small SVG charts for the statistics tab, drawn without a library: tickets per hour stacked by
// area, and ratings by level. Colours repeat after eight areas; the legend names them.

const SVG = 'http://www.w3.org/2000/svg';
const PALETTE = ['#163d75', '#e8a200', '#0f7a4b', '#c8161d', '#6a4c93', '#1982c4', '#8ac926', '#ff924c'];

function svg(tag, attrs = {}, text) {
  const node = document.createElementNS(SVG, tag);
  Object.entries(attrs).forEach(([k, v]) => node.setAttribute(k, String(v)));
  if (text !== undefined) node.textContent = text;
  return node;
}

/** hours: [{hour, issued, issuedByArea}], areas: [{areaId, name}] */
export function hourlyChart(hours, areas, title) {
  const width = 760;
  const height = 260;
  const left = 36;
  const bottom = 24;
  const top = 28;
  const max = Math.max(1, ...hours.map((h) => h.issued));
  const slot = (width - left) / Math.max(1, hours.length);
  const scale = (height - bottom - top) / max;
  const root = svg('svg', { viewBox: `0 0 ${width} ${height + 24 * Math.ceil(areas.length / 5)}`, role: 'img', class: 'chart', id: 'hourly-chart' });
  root.append(svg('title', {}, title));
  root.append(svg('text', { x: 0, y: 16, class: 'chart-title' }, title));
  for (let i = 0; i <= 4; i += 1) {
    const value = Math.round((max * i) / 4);
    const y = height - bottom - value * scale;
    root.append(svg('line', { x1: left, x2: width, y1: y, y2: y, class: 'chart-grid' }));
    root.append(svg('text', { x: left - 6, y: y + 4, class: 'chart-axis', 'text-anchor': 'end' }, value));
  }
  hours.forEach((h, i) => {
    let y = height - bottom;
    areas.forEach((a, k) => {
      const n = h.issuedByArea[a.areaId] || 0;
      if (!n) return;
      const bar = svg('rect', { x: left + i * slot + slot * 0.15, y: y - n * scale, width: slot * 0.7, height: n * scale, fill: PALETTE[k % PALETTE.length] });
      bar.append(svg('title', {}, `${h.hour}:00 ${a.name} ${n}`));
      root.append(bar);
      y -= n * scale;
    });
    root.append(svg('text', { x: left + i * slot + slot / 2, y: height - 6, class: 'chart-axis', 'text-anchor': 'middle' }, h.hour));
  });
  areas.forEach((a, k) => {
    const x = (k % 5) * 150;
    const y = height + 14 + Math.floor(k / 5) * 22;
    root.append(svg('rect', { x, y: y - 10, width: 12, height: 12, fill: PALETTE[k % PALETTE.length] }));
    root.append(svg('text', { x: x + 16, y, class: 'chart-legend' }, a.name));
  });
  return root;
}

/** counts: {LEVEL: n} best first; names: LEVEL -> words */
export function ratingsChart(counts, names, title) {
  const levels = Object.keys(counts);
  const total = levels.reduce((s, l) => s + counts[l], 0);
  const width = 760;
  const row = 30;
  const left = 110;
  const root = svg('svg', { viewBox: `0 0 ${width} ${30 + row * levels.length}`, role: 'img', class: 'chart', id: 'ratings-chart' });
  root.append(svg('title', {}, title));
  root.append(svg('text', { x: 0, y: 16, class: 'chart-title' }, title));
  const colours = ['#0f7a4b', '#5fae7f', '#9fb3c8', '#e8a200', '#c8161d'];
  levels.forEach((level, i) => {
    const y = 28 + i * row;
    const share = total ? counts[level] / total : 0;
    root.append(svg('text', { x: left - 8, y: y + 16, class: 'chart-axis', 'text-anchor': 'end' }, names(level)));
    root.append(svg('rect', { x: left, y: y + 4, width: Math.max(1, share * (width - left - 90)), height: row - 10, fill: colours[i % colours.length] }));
    root.append(svg('text', { x: left + share * (width - left - 90) + 6, y: y + 16, class: 'chart-axis' },
      `${counts[level]}${total ? ` (${Math.round(share * 100)}%)` : ''}`));
  });
  return root;
}
