// What this browser remembers of remote tickets: its own random token (one live remote ticket per
// browser) and the ticket it took last, which the entrance code's page checks in.

const TOKEN = 'ow-remote-client';
const TICKET = 'ow-remote-ticket';

export function clientToken() {
  let token = localStorage.getItem(TOKEN);
  if (!token || !/^[A-Za-z0-9_-]{16,64}$/.test(token)) {
    const bytes = crypto.getRandomValues(new Uint8Array(16));
    token = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
    localStorage.setItem(TOKEN, token);
  }
  return token;
}

/** The remote ticket this browser took in a hall, {hall, code}, or null. */
export function heldTicket(hall) {
  try {
    const held = JSON.parse(localStorage.getItem(TICKET) || 'null');
    return held && held.hall === hall && /^[A-Z0-9]{10}$/.test(held.code) ? held : null;
  } catch (e) {
    return null;
  }
}

export function rememberTicket(hall, code) {
  localStorage.setItem(TICKET, JSON.stringify({ hall, code }));
}
