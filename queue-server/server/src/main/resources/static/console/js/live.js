// Follows a hall's live stream (server-sent events). Each event only says what changed; the page
// fetches it. Bursts are gathered for 150 ms. After any reconnect (the server restarted, the laptop
// slept) the page fetches everything, and it does so every minute anyway, in case a proxy eats events.

import { currentSession, signInAgain } from './api.js';

const NAMES = ['hall', 'tidal', 'ratings', 'devices', 'cases'];

export function follow(hallId, onChange, onStatus) {
  const pending = new Set();
  let timer;
  let source;

  function schedule(what) {
    pending.add(what);
    clearTimeout(timer);
    timer = setTimeout(() => {
      const changed = [...pending];
      pending.clear();
      onChange(changed);
    }, 150);
  }

  function connect() {
    source = new EventSource(`/api/halls/${encodeURIComponent(hallId)}/live`);
    source.addEventListener('hello', () => {
      onStatus(true);
      schedule('all');
    });
    NAMES.forEach((name) => source.addEventListener(name, () => schedule(name)));
    source.onerror = () => {
      onStatus(false);
      if (source.readyState === EventSource.CLOSED) {
        // Refused (signed out?) rather than dropped: find out which before trying again.
        setTimeout(async () => {
          try {
            if (!(await currentSession())) {
              signInAgain();
              return;
            }
          } catch (e) {
            // The server is not back yet.
          }
          connect();
        }, 3000);
      }
    };
  }

  connect();
  setInterval(() => schedule('all'), 60000);
}
