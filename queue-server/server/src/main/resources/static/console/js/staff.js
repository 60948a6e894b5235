// The names staff see each other by. Windows, ratings and logs record sign-in names (clerk05);
// the consoles show the account's display name (王芳) wherever they would show a sign-in name.

import { api } from './api.js';

const names = new Map();

export async function loadStaff() {
  try {
    (await api('GET', '/api/staff')).forEach((s) => names.set(s.username, s.displayName));
  } catch (e) {
    // Without the list the consoles still work, with sign-in names.
  }
}

export function staffName(username) {
  return (username && names.get(username)) || username;
}
