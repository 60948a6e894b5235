// A device part's health in the console's language. The server names known faults by a code
// (READER_NO_ANSWER…); a fault it does not know shows the part's name and the device's own words.

import { t } from './i18n.js';

// Codes whose device words carry something the description does not (which door).
const KEEP_DETAIL = new Set(['LOCKER_DOOR_LEFT_OPEN']);

function known(key) {
  const text = t(key);
  return text === key ? null : text;
}

export function partName(name) {
  return known(`part_${name}`) || name;
}

/**
 * { part, text, described, detail }: text in the console's language; detail the device's own words,
 * to show small, or '' when the text says it all.
 */
export function describe(component) {
  const text = component.code ? known(`fault${component.code}`) : null;
  if (text) {
    return { part: partName(component.name), text, described: true, detail: KEEP_DETAIL.has(component.code) ? component.detail : '' };
  }
  return { part: partName(component.name), text: t(`health${component.state}`), described: false, detail: component.detail || '' };
}
