// The hall's 无声叫号 switch on the manager's boards tab: every window's calls are shown on the
// boards and not spoken while it is on. The hall file's silent-calls is where it starts.

import { api } from './api.js';
import { $ } from './dom.js';
import { addTexts } from './i18n.js';

addTexts({
  zh: { hallSilence: '无声叫号', hallSilenceHint: '开启后，全厅叫号只在大屏显示、不播报语音；各窗口也可单独开启。',
    hallSilenceSwitch: '全厅无声叫号' },
  en: { hallSilence: 'Silent calls', hallSilenceHint: 'While on, every call is shown on the boards and not spoken; each window may also silence its own.',
    hallSilenceSwitch: 'Silent calls in the whole hall' },
});

/** Shows the hall's switch as the server has it. */
export async function renderSilence(base) {
  const setting = await api('GET', `${base}/silence`);
  $('#hall-silent').checked = setting.silent;
}

/** Sets the switch to what the box now says; the answer says how it stands. */
export async function switchSilence(base) {
  const setting = await api('PUT', `${base}/silence`, { silent: $('#hall-silent').checked });
  $('#hall-silent').checked = setting.silent;
}
