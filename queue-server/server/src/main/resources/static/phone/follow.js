// Follows one ticket: its live stream (server-sent events) while it works, polling while it does not
// (an old browser, a phone network that drops long requests, a server that has as many streams of
// this ticket as it allows). The server ends the stream when the ticket ends; so does the page.

const POLL = 15000;
const RETRY_STREAM = 60000;

export function follow(url, { onView, onGone, onLink, ended }) {
  let source = null;
  let poller = null;
  let finished = false;
  let noShow = false;

  async function poll() {
    try {
      const response = await fetch(url, { headers: { Accept: 'application/json' }, cache: 'no-store' });
      if (response.status === 404 || response.status === 400) {
        stop();
        onGone();
      } else if (response.ok) {
        seen(await response.json());
      }
    } catch (e) {
      onLink('offline');
    }
  }

  function seen(view) {
    onView(view);
    const wasNoShow = noShow;
    noShow = view.status === 'NO_SHOW';
    if (!ended(view)) {
      if (wasNoShow && !source) connect();
      return;
    }
    closeStream();
    // A no-show may be put back in the queue at the desk: look now and then, without a stream.
    if (noShow) startPolling(2 * POLL);
    else stop();
  }

  function startPolling(every) {
    clearInterval(poller);
    poller = setInterval(poll, every);
  }

  function closeStream() {
    if (source) source.close();
    source = null;
  }

  function stop() {
    finished = true;
    clearInterval(poller);
    poller = null;
    closeStream();
  }

  function connect() {
    if (finished || noShow) return;
    if (!window.EventSource) {
      onLink('polling');
      startPolling(POLL);
      return;
    }
    const stream = new EventSource(`${url}/live`);
    source = stream;
    stream.addEventListener('ticket', (event) => {
      onLink('live');
      clearInterval(poller);
      poller = null;
      seen(JSON.parse(event.data));
    });
    stream.onerror = () => {
      if (source !== stream) return;
      onLink('polling');
      if (!poller) startPolling(POLL);
      if (stream.readyState === EventSource.CLOSED) {
        // Refused rather than dropped (a dropped one the browser opens again by itself).
        source = null;
        setTimeout(connect, RETRY_STREAM);
      }
    };
  }

  poll().then(connect);
}
