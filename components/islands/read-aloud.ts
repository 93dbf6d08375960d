import { all, onClick } from './dom';
import type { SpeechState } from './speech';
import { getSpeechState, pauseSpeech, resumeSpeech, startSpeech, stopSpeech, subscribeSpeech } from './speech';

/** Shows the speech state on every read-aloud control (toolbar, settings panel, sections). */
function showState({ status, scope }: SpeechState): void {
  const speaking = status !== 'idle';
  for (const button of all('[data-action="read-all"]')) button.setAttribute('aria-pressed', String(scope === 'all'));
  for (const button of all<HTMLButtonElement>('[data-action="read-pause"]')) {
    button.disabled = !speaking;
    button.textContent = status === 'paused' ? '继续' : '暂停';
  }
  for (const button of all<HTMLButtonElement>('[data-action="read-stop"]')) button.disabled = !speaking;
  for (const button of all('[data-action="read-section"]')) {
    const active = scope === button.dataset.section;
    button.textContent = active ? '停止朗读' : '朗读本部分';
    button.setAttribute('aria-label', `${active ? '停止朗读' : '朗读本部分'}：${button.dataset.title ?? ''}`);
  }
}

/** 朗读: the whole report, one section, pause/continue and stop. */
export function initReadAloud(): void {
  if (typeof speechSynthesis === 'undefined') return;
  subscribeSpeech(() => showState(getSpeechState()));
  onClick('[data-action="read-all"]', () => {
    const report = document.querySelector('.report-body');
    if (report) startSpeech([report], 'all');
  });
  onClick('[data-action="read-pause"]', () => (getSpeechState().status === 'paused' ? resumeSpeech() : pauseSpeech()));
  onClick('[data-action="read-stop"]', () => stopSpeech());
  onClick('[data-action="read-section"]', (button) => {
    const id = button.dataset.section ?? '';
    if (getSpeechState().scope === id) return stopSpeech();
    const section = document.getElementById(id);
    if (section) startSpeech([section], id);
  });
}
