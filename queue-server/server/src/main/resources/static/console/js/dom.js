// Small helpers for building the consoles' DOM without a framework. Text is always set as text,
// never as HTML, so nothing from the server can inject markup.

export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === undefined || value === null || value === false) continue;
    if (key === 'class') node.className = value;
    else if (key === 'text') node.textContent = value;
    else if (key.startsWith('on')) node.addEventListener(key.slice(2), value);
    else if (value === true) node.setAttribute(key, '');
    else node.setAttribute(key, value);
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

export function $(selector, root = document) {
  return root.querySelector(selector);
}

const TEXT_FIELDS = 'input[type=text], textarea';

/**
 * Replaces a box's content. Live updates re-render whole boxes, so what someone is typing is carried
 * over to the same text field of the new content (found by its nearest id and its class), focus too.
 * A form that sent its text puts the field back to its default first, so the text does not return.
 */
export function replace(node, ...children) {
  const typed = new Map([...node.querySelectorAll(TEXT_FIELDS)].filter((f) => f.value !== f.defaultValue)
    .map((f) => [fieldKey(f), { value: f.value, focused: f === document.activeElement }]));
  node.replaceChildren(...children.flat().filter((c) => c !== null && c !== undefined && c !== false));
  for (const field of node.querySelectorAll(TEXT_FIELDS)) {
    const before = typed.get(fieldKey(field));
    if (before) {
      field.value = before.value;
      if (before.focused) field.focus();
    }
  }
}

function fieldKey(field) {
  const owner = field.closest('[id]');
  return `${owner ? owner.id : ''}|${field.className}`;
}

/** 125 s → "2 分钟" / "2 min"; the consoles show waits to the minute. */
export function minutes(seconds, t) {
  if (seconds === undefined || seconds === null || seconds < 0) return '—';
  const m = Math.round(seconds / 60);
  if (m < 60) return t('minutes', m);
  return t('hours', Math.floor(m / 60), m % 60);
}

export function clock(iso) {
  if (!iso) return '—';
  return new Date(iso).toLocaleTimeString('zh-CN', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
}

/** Shows a short message at the bottom of the page; errors stay until the next action. */
export function toast(message, kind = 'info') {
  let box = $('#toast');
  if (!box) {
    box = el('div', { id: 'toast', role: 'status', 'aria-live': 'polite' });
    document.body.append(box);
  }
  box.className = `toast ${kind}`;
  box.textContent = message;
  clearTimeout(box.timer);
  if (kind !== 'error') {
    box.timer = setTimeout(() => { box.className = 'toast hidden'; }, 4000);
  }
}
