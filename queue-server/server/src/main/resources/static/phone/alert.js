// Tells a citizen who looks away that they are called: a two-tone chime made with WebAudio (no
// sound file to download) and a buzz. Browsers play sound only after a tap on the page, so the
// page offers one; until then the buzz and the banner still come.

let audio = null;

/** Called from the tap: makes the audio context the browser now allows, and plays the chime once. */
export function enableSound() {
  const Context = window.AudioContext || window.webkitAudioContext;
  if (!Context) return false;
  audio = audio || new Context();
  audio.resume();
  chime();
  return true;
}

export function soundEnabled() {
  return audio !== null;
}

function tone(frequency, start, length) {
  const oscillator = audio.createOscillator();
  const gain = audio.createGain();
  oscillator.frequency.value = frequency;
  gain.gain.setValueAtTime(0.0001, start);
  gain.gain.exponentialRampToValueAtTime(0.5, start + 0.03);
  gain.gain.exponentialRampToValueAtTime(0.0001, start + length);
  oscillator.connect(gain).connect(audio.destination);
  oscillator.start(start);
  oscillator.stop(start + length);
}

function chime() {
  const now = audio.currentTime;
  tone(880, now, 0.6);
  tone(660, now + 0.45, 0.9);
}

/** The call: chime (when allowed) and buzz. Counts on the page, so that a test can see it happened. */
export function alertCalled() {
  if (audio) chime();
  if (navigator.vibrate) navigator.vibrate([300, 150, 300, 150, 600]);
  document.body.dataset.alerts = String(Number(document.body.dataset.alerts || 0) + 1);
}
